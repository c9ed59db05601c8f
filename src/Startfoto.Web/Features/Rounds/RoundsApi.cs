using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Rounds;

public static class RoundsApi
{
    public static IEndpointRouteBuilder MapRoundsApi(this IEndpointRouteBuilder app)
    {
        var rounds = app.MapGroup("/api/rounds").WithTags("Rondes").RequireAuthorization();
        rounds.MapGet("/", List)
            .WithSummary("Rondes die u mag zien, met per status het aantal responsen (regioadviseur: eigen regio's; gemeente: rondes met een eigen respons; beheerder en OZJ: alle).");
        rounds.MapPost("/", Create)
            .WithSummary("Open een ronde (regioadviseur, eigen jeugdregio): één respons per deelnemende gemeente, of één voor de regio.")
            .WithDescription("Zonder gemeenten doen alle gemeenten van de regio in de indeling van dat jaar mee. 400: elk probleem onder zijn veld.");
        rounds.MapGet("/{id:guid}/progress", Progress)
            .WithSummary("Voortgang per respons: status, percentage beantwoord, per sectie wie eraan werkt en de laatste activiteit, contactpersonen.");

        var responses = app.MapGroup("/api/responses").WithTags("Rondes").RequireAuthorization();
        responses.MapPost("/{id:guid}/approve", Approve).WithSummary("Keur een ingediende respons goed (regioadviseur van de regio).");
        responses.MapPost("/{id:guid}/reopen", Reopen)
            .WithSummary("Heropen een ingediende of goedgekeurde respons met een reden die de gemeente ziet (regioadviseur van de regio).");
        return app;
    }

    static async Task<Ok<IReadOnlyList<RoundRow>>> List(ListRounds list, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await list.RunAsync(user.ToActor(), ct)).Value!);

    static async Task<Results<Created<CreatedRound>, ValidationProblem, ForbidHttpResult>> Create(
        RoundInput input, CreateRound create, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await create.RunAsync(user.ToActor(), input, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Created($"/api/rounds/{outcome.Value!.Id}/progress", outcome.Value),
            OutcomeKind.Invalid => outcome.Problems.ToValidationProblem(),
            _ => TypedResults.Forbid(),
        };
    }

    static async Task<Results<Ok<RoundProgressView>, NotFound>> Progress(
        Guid id, RoundProgress progress, ClaimsPrincipal user, CancellationToken ct) =>
        await progress.RunAsync(user.ToActor(), id, ct) is { IsOk: true } outcome ? TypedResults.Ok(outcome.Value!) : TypedResults.NotFound();

    static async Task<Results<Ok<ResponseStatusChanged>, ValidationProblem, ForbidHttpResult, NotFound>> Approve(
        Guid id, ApproveResponse approve, ClaimsPrincipal user, CancellationToken ct) =>
        ToResult(await approve.RunAsync(user.ToActor(), id, ct));

    static async Task<Results<Ok<ResponseStatusChanged>, ValidationProblem, ForbidHttpResult, NotFound>> Reopen(
        Guid id, ReopenInput input, ReopenResponse reopen, ClaimsPrincipal user, CancellationToken ct) =>
        ToResult(await reopen.RunAsync(user.ToActor(), id, input, ct));

    static Results<Ok<ResponseStatusChanged>, ValidationProblem, ForbidHttpResult, NotFound> ToResult(Outcome<ResponseStatusChanged> outcome) =>
        outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
            OutcomeKind.Invalid => outcome.Problems.ToValidationProblem(),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
}
