using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Domain.Scoring;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Scoring.WhatIf;

public static class WhatIfApi
{
    public static IEndpointRouteBuilder MapWhatIfApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/scoring/{key}/{version:int}/what-if", Run).WithTags("Scoring").RequireAuthorization()
            .WithSummary("Wat als: reken alle ingediende responsen van deze vragenlijstversie door met andere scoreregels, zonder iets op te slaan (OZJ en beheerder).")
            .WithDescription("De body is het object 'scoring' zoals in de definitie. 400: elk probleem met zijn plaats in de regels (bv. scoring.tier.rules[1].when).");
        return app;
    }

    public sealed record NeedChangeDto(string Theme, string Title, string Before, string After);

    public sealed record ChangeDto(string Id, string Name, string TierBefore, string TierAfter, IReadOnlyList<NeedChangeDto> Needs);

    public sealed record WhatIfDto(string Title, int CurrentVersion, int Respondents, int TierChanges, int NeedChanges,
        IReadOnlyList<TierCount> Tiers, IReadOnlyList<ChangeDto> Changes);

    static async Task<Results<Ok<WhatIfDto>, ValidationProblem, ForbidHttpResult, NotFound>> Run(
        string key, int version, JsonElement rules, RunWhatIf run, ClaimsPrincipal user, CancellationToken ct)
    {
        var read = ScoringJsonReader.Read(rules.GetRawText(), RunWhatIf.SandboxFile);
        if (!read.Ok) return read.Problems.ToValidationProblem();
        var outcome = await run.RunAsync(user.ToActor(), key, version, read.Value!, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(ToDto(outcome.Value!)),
            OutcomeKind.Invalid => outcome.Problems.ToValidationProblem(),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }

    static WhatIfDto ToDto(WhatIfView view) => new(view.Title, view.CurrentVersion, view.Outcome.Respondents, view.Outcome.TierChanges,
        view.Outcome.NeedChanges, view.Outcome.Tiers,
        [.. view.Outcome.Changes.Select(c => new ChangeDto(c.Id, c.Name, c.TierBefore, c.TierAfter,
            [.. c.Needs.Select(n => new NeedChangeDto(n.Theme, n.Title, n.Before.Text(), n.After.Text()))]))]);
}
