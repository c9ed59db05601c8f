using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Results;

public static class ResultsApi
{
    public static RouteGroupBuilder MapResultsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/responses/{id:guid}").WithTags("Uitslagen").RequireAuthorization();
        api.MapGet("/score", Get)
            .WithSummary("De uitslag van een respons: de actuele uitslag (per thema score, dekking, behoefte en reden, de bijdrage per vraag, " +
                "de intensiteit met de regel die gold), de berekende en de uiteindelijke intensiteit, de aanpassingen, de geschiedenis en een lopende herberekening.")
            .WithDescription("Zolang de uitslag niet met de nieuwste regels na de laatste indiening is berekend, is 'current' leeg en zegt 'state' " +
                "'wordt herberekend': een verouderde uitslag wordt nooit als actueel getoond. 404 voor wie de respons niet mag lezen.");
        api.MapPost("/tier", Override)
            .WithSummary("Pas de intensiteit aan (regioadviseur van de regio), met een verplichte motivatie; de berekende intensiteit blijft bewaard.")
            .WithDescription("400 noemt het veld: 'motivation' zonder motivatie, 'tier' bij een onbekende of dezelfde intensiteit. " +
                "409 als er geen actuele uitslag is. 403 voor wie de respons wel mag lezen maar niet beoordelen.");
        return api;
    }

    static async Task<Results<Ok<ResponseScoreView>, NotFound>> Get(Guid id, LoadResponseScore load, ClaimsPrincipal user, CancellationToken ct) =>
        await load.RunAsync(user.ToActor(), id, ct) is { IsOk: true } outcome ? TypedResults.Ok(outcome.Value!) : TypedResults.NotFound();

    static async Task<Results<Ok<TierOverrideEntry>, ValidationProblem, ProblemHttpResult, ForbidHttpResult, NotFound>> Override(
        Guid id, TierOverrideInput input, OverrideTier change, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await change.RunAsync(user.ToActor(), id, input, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
            OutcomeKind.Invalid => outcome.Problems.ToValidationProblem(),
            OutcomeKind.Conflict => TypedResults.Problem(title: "Dit kan nu niet.", detail: string.Join(" ", outcome.Problems.Select(p => p.Message)),
                statusCode: StatusCodes.Status409Conflict),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }
}
