using Startfoto.Domain.Scoring;
using static Startfoto.Domain.Tests.Scoring.ScoringFixture;

namespace Startfoto.Domain.Tests.Scoring;

public sealed class WhatIfTests
{
    [Fact]
    public void Stricter_thresholds_show_who_moves_and_the_counts_per_tier_before_and_after()
    {
        var questionnaire = Compiled();
        var stricter = Domain.Questionnaires.Json.ScoringJsonReader.Read(DefaultRules.Replace("\"from\": 70", "\"from\": 80"), "sandbox").Value!;
        var sandbox = ScoringCompiler.Compile(questionnaire, stricter, "sandbox");
        Assert.True(sandbox.Ok, string.Join("\n", sandbox.Problems));
        WhatIfSubject Subject(string name, params (string, string)[] answers) => new(name, name, Evaluate(questionnaire, answers));

        var outcome = WhatIf.Compare(questionnaire.Scorer!, sandbox.Value!,
        [
            // a 78 (m1 3, j1 ja) · b 100 · c 100: a geen → licht; one theme licht is no tier, so geen stays geen.
            Subject("Alfa", ("m1", "3"), ("j1", "ja"), ("b1", "4"), ("c1", "4")),
            // a 78 · b 75 (matrix ja/deels) · c 67: one theme licht before (geen), three after (licht: ≥ 2 themes at least licht).
            Subject("Bravo", ("m1", "3"), ("j1", "ja"), ("mx.r1", "ja"), ("mx.r2", "deels"), ("c1", "3")),
            // everything 100: nothing moves.
            Subject("Charlie", ("m1", "4"), ("j1", "ja"), ("b1", "4"), ("c1", "4")),
        ]);

        Assert.Equal(3, outcome.Respondents);
        Assert.Equal(["Bravo", "Alfa"], outcome.Changes.Select(c => c.Name));
        var bravo = outcome.Changes[0];
        Assert.Equal(("geen", "licht"), (bravo.TierBefore, bravo.TierAfter));
        Assert.Equal([("a", Need.Geen, Need.Licht), ("b", Need.Geen, Need.Licht)], bravo.Needs.Select(n => (n.Theme, n.Before!.Value, n.After!.Value)));
        var alfa = outcome.Changes[1];
        Assert.False(alfa.TierChanged);
        Assert.Equal([("a", Need.Geen, Need.Licht)], alfa.Needs.Select(n => (n.Theme, n.Before!.Value, n.After!.Value)));
        Assert.Equal((1, 2), (outcome.TierChanges, outcome.NeedChanges));
        Assert.Equal([("intensief", 0, 0), ("regulier", 0, 0), ("licht", 0, 1), ("geen", 3, 2)], outcome.Tiers.Select(t => (t.Tier, t.Before, t.After)));
    }
}
