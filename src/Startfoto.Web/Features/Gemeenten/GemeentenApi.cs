using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Gemeenten;

public static class GemeentenApi
{
    public static RouteGroupBuilder MapGemeentenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gemeenten").WithTags("Gemeenten").RequireAuthorization();
        api.MapGet("/{year:int}/{code}/contacts", Contacts)
            .WithSummary("Contactpersonen (gemeente-accounts) van een gemeente.");
        return api;
    }

    static async Task<Results<Ok<IReadOnlyList<GemeenteContact>>, ValidationProblem, ForbidHttpResult, NotFound>> Contacts(
        int year, string code, ListGemeenteContacts list, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await list.RunAsync(user.ToActor(), year, code, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
            OutcomeKind.Invalid => outcome.Problems.ToValidationProblem(),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }
}
