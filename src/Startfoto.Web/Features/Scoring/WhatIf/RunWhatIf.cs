using Startfoto.Domain.Accounts;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Scoring;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Scoring.WhatIf;

/// <summary>
/// The sandbox: scores every submitted response of a questionnaire version with the current rules and with edited
/// ones, and says who would move, without storing anything. For OZJ and the Beheerder.
/// </summary>
public sealed class RunWhatIf(CompiledQuestionnaires questionnaires, CurrentScoringRules current, SubmittedResponses responses)
{
    public const string SandboxFile = "zandbak";

    /// <summary>The rules to start the sandbox from: those the version scores with now.</summary>
    public async Task<ScoringRules?> CurrentRulesAsync(string key, int version, CancellationToken ct) =>
        await questionnaires.GetAsync(key, version, ct) is { } questionnaire ? (await current.GetAsync(questionnaire, ct))?.Rules : null;

    public async Task<IEnumerable<(string Key, string Title)>> ThemesAsync(string key, int version, CancellationToken ct) =>
        (await questionnaires.GetAsync(key, version, ct))?.Definition.Themes.Select(t => (t.Key, t.Title)) ?? [];

    public async Task<Outcome<WhatIfView>> RunAsync(Actor actor, string key, int version, ScoringRules sandbox, CancellationToken ct)
    {
        if (actor.Role is not (Role.Beheerder or Role.OZJ)) return Outcome<WhatIfView>.Forbidden;
        var questionnaire = await questionnaires.GetAsync(key, version, ct);
        if (questionnaire is null) return Outcome<WhatIfView>.NotFound;
        var rules = await current.GetAsync(questionnaire, ct);
        if (rules is null) return Outcome<WhatIfView>.Invalid("scoring", "WIF001", "Deze vragenlijst heeft geen scoreregels om mee te vergelijken.");
        var compiled = ScoringCompiler.Compile(questionnaire, sandbox with { Version = rules.Rules.Version + 1 }, SandboxFile);
        if (!compiled.Ok) return Outcome<WhatIfView>.Invalid(compiled.Problems);
        var subjects = await responses.LoadAsync(questionnaire, rules, ct);
        return Outcome<WhatIfView>.Ok(new WhatIfView(questionnaire.Definition.Title, rules.Rules.Version, Domain.Scoring.WhatIf.Compare(rules, compiled.Value!, subjects)));
    }
}

/// <param name="CurrentVersion">The rules version the sandbox is compared with.</param>
public sealed record WhatIfView(string Title, int CurrentVersion, WhatIfOutcome Outcome);
