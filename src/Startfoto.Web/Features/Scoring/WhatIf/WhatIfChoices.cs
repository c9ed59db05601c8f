using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;

namespace Startfoto.Web.Features.Scoring.WhatIf;

/// <summary>The questionnaire versions that have scoring rules, to choose from in the sandbox.</summary>
public sealed class WhatIfChoices(IDbContextFactory<StartfotoDb> dbs, CompiledQuestionnaires questionnaires, CurrentScoringRules current)
{
    public sealed record Choice(string Key, int Version, string Title, int RulesVersion);

    public async Task<IReadOnlyList<Choice>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var versions = await db.QuestionnaireVersions.AsNoTracking().OrderBy(v => v.Key).ThenByDescending(v => v.Version)
            .Select(v => new { v.Key, v.Version, v.Title }).ToListAsync(ct);
        var choices = new List<Choice>();
        foreach (var v in versions)
            if (await questionnaires.GetAsync(v.Key, v.Version, ct) is { } questionnaire && await current.GetAsync(questionnaire, ct) is { } rules)
                choices.Add(new Choice(v.Key, v.Version, v.Title, rules.Rules.Version));
        return choices;
    }
}
