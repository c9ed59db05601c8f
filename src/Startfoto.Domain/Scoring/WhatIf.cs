using System.Collections.Immutable;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Scoring;

/// <summary>One submitted response to score twice: who it is, its evaluated answers and, for a gemeente, its regio's need.</summary>
public sealed record WhatIfSubject(string Id, string Name, QuestionnaireEvaluation Evaluation, RegioNeed? Regio = null);

/// <summary>A respondent whose need on a theme or whose tier the sandbox rules change.</summary>
public sealed record WhatIfChange(string Id, string Name, string TierBefore, string TierAfter, ImmutableArray<NeedChange> Needs)
{
    public bool TierChanged => TierBefore != TierAfter;
}

/// <param name="Before">Null when the theme read "onvoldoende gegevens".</param>
public sealed record NeedChange(string Theme, string Title, Need? Before, Need? After);

/// <summary>How many respondents end in each tier, before and after.</summary>
public sealed record TierCount(string Tier, int Before, int After);

public sealed record WhatIfOutcome(int Respondents, ImmutableArray<TierCount> Tiers, ImmutableArray<WhatIfChange> Changes)
{
    public int TierChanges => Changes.Count(c => c.TierChanged);

    public int NeedChanges => Changes.Count(c => !c.Needs.IsEmpty);
}

/// <summary>
/// What would change if the sandbox rules replaced the current ones: every subject scored with both, without storing
/// anything; the respondents whose need on any theme or whose tier moves, and the counts per tier before and after.
/// </summary>
public static class WhatIf
{
    public static WhatIfOutcome Compare(Scorer current, Scorer sandbox, IEnumerable<WhatIfSubject> subjects)
    {
        var (before, after) = (current.NewSheet(), sandbox.NewSheet());
        var tiers = sandbox.Rules.Tier.Tiers.Union(current.Rules.Tier.Tiers).ToList();
        var counts = tiers.ToDictionary(t => t, _ => (Before: 0, After: 0));
        var changes = ImmutableArray.CreateBuilder<WhatIfChange>();
        var total = 0;
        foreach (var subject in subjects)
        {
            total++;
            current.Score(subject.Evaluation, before, subject.Regio);
            sandbox.Score(subject.Evaluation, after, subject.Regio);
            counts[before.Tier] = counts[before.Tier] with { Before = counts[before.Tier].Before + 1 };
            counts[after.Tier] = counts[after.Tier] with { After = counts[after.Tier].After + 1 };
            var needs = ImmutableArray.CreateBuilder<NeedChange>();
            for (var t = 0; t < current.Themes.Length; t++)
                if (before.NeedOf(t) != after.NeedOf(t))
                    needs.Add(new NeedChange(current.Themes[t].Key, current.Themes[t].Title, before.NeedOf(t), after.NeedOf(t)));
            if (needs.Count > 0 || before.Tier != after.Tier)
                changes.Add(new WhatIfChange(subject.Id, subject.Name, before.Tier, after.Tier, needs.ToImmutable()));
        }
        return new WhatIfOutcome(total, [.. tiers.Select(t => new TierCount(t, counts[t].Before, counts[t].After))],
            [.. changes.OrderByDescending(c => c.TierChanged).ThenBy(c => c.Name, StringComparer.CurrentCulture)]);
    }
}
