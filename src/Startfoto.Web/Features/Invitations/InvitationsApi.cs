using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Invitations;

public static class InvitationsApi
{
    public static RouteGroupBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/invitations").WithTags("Invitations").RequireAuthorization();
        api.MapGet("/", List).WithSummary("Uitnodigingen die u mag zien (beheerder: alle; regioadviseur: eigen regio's).");
        api.MapPost("/", Create).WithSummary("Nodig iemand uit; geeft de link (eenmalig getoond).");
        api.MapDelete("/{id:guid}", Revoke).WithSummary("Trek een open uitnodiging in.");
        return api;
    }

    static async Task<Results<Ok<IReadOnlyList<InvitationRow>>, ForbidHttpResult>> List(
        ListInvitations list, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await list.RunAsync(user.ToActor(), ct);
        return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : TypedResults.Forbid();
    }

    static async Task<Results<Created<InvitationCreatedResponse>, ValidationProblem, ForbidHttpResult>> Create(
        InvitationInput input, CreateInvitation create, ClaimsPrincipal user, HttpRequest request, CancellationToken ct)
    {
        var outcome = await create.RunAsync(user.ToActor(), input, ct);
        if (outcome.Kind == OutcomeKind.Invalid)
            return outcome.Problems.ToValidationProblem();
        if (outcome.Value is not { } created)
            return TypedResults.Forbid();
        var link = $"{request.Scheme}://{request.Host}{request.PathBase}{created.Path}";
        return TypedResults.Created($"/api/invitations/{created.Id}", new InvitationCreatedResponse(created.Id, link, created.ExpiresAt));
    }

    static async Task<Results<NoContent, ValidationProblem, ForbidHttpResult, NotFound>> Revoke(
        Guid id, RevokeInvitation revoke, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await revoke.RunAsync(user.ToActor(), id, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.NoContent(),
            OutcomeKind.Invalid => outcome.Problems.ToValidationProblem(),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }
}
