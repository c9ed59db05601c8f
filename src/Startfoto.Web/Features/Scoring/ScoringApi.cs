using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Scoring;

public static class ScoringApi
{
    public static RouteGroupBuilder MapScoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scoring").WithTags("Scoreregels").RequireAuthorization();
        api.MapGet("/", Overview).WithSummary("Alle regelversies per vragenlijstversie en de herberekeningen met hun voortgang (beheerder en OZJ).");
        api.MapGet("/recomputations/{id:guid}", Recomputation)
            .WithSummary("De voortgang van één herberekening: totaal, klaar, mislukt, gestart en klaar om (beheerder en OZJ).");
        api.MapPost("/rules/{key}/{version:int}", Publish)
            .WithSummary("Publiceer scoreregels (het 'scoring'-object) als nieuwe regelversie van een vragenlijstversie en herbereken alle " +
                "ingediende en goedgekeurde responsen (beheerder en OZJ).")
            .WithDescription("De regels krijgen het nummer van de nieuwste regelversie plus één, welke 'version' ze ook noemen. " +
                "400 noemt elk probleem bij zijn plaats in de regels (bijvoorbeeld 'scoring.tier.rules[2].when'); dan wordt niets opgeslagen.");
        return api;
    }

    static async Task<Results<Ok<ScoringOverview>, ForbidHttpResult>> Overview(RecomputeProgress progress, ClaimsPrincipal user, CancellationToken ct) =>
        await progress.ListAsync(user.ToActor(), ct) is { IsOk: true } outcome ? TypedResults.Ok(outcome.Value!) : TypedResults.Forbid();

    static async Task<Results<Ok<RecomputationView>, ForbidHttpResult, NotFound>> Recomputation(
        Guid id, RecomputeProgress progress, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await progress.GetAsync(user.ToActor(), id, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }

    static async Task<Results<Ok<PublishedRules>, ValidationProblem, ForbidHttpResult, NotFound>> Publish(
        string key, int version, JsonElement rules, PublishScoringRules publish, ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = user.ToActor();
        if (!RecomputeProgress.MayFollow(actor)) return TypedResults.Forbid();
        var read = ScoringJsonReader.Read(rules.GetRawText(), PublishScoringRules.File);
        if (!read.Ok) return read.Problems.ToValidationProblem();
        var outcome = await publish.RunAsync(actor, key, version, read.Value!, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
            OutcomeKind.Invalid => outcome.Problems.ToValidationProblem(),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }
}
