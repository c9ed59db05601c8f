using Startfoto.Domain.Scoring;
using static Startfoto.Domain.Tests.Scoring.ScoringFixture;

namespace Startfoto.Domain.Tests.Scoring;

public sealed class TierTests
{
    static readonly (string, string)[] AllGood = [("m1", "4"), ("j1", "ja"), ("mx.r1", "ja"), ("mx.r2", "ja"), ("b1", "4"), ("c1", "4")];

    [Fact]
    public void When_no_rule_holds_the_default_tier_applies_and_the_explanation_says_so()
    {
        var result = Score(AllGood);

        Assert.Equal("geen", result.Tier);
        Assert.Null(result.TierRule);
        Assert.All(result.TierRules, rule => Assert.False(rule.Held));
        Assert.Equal("Geen regel geldt, dus OZJ-intensiteit: 'geen'.", result.Explanation[^1]);
    }

    [Fact]
    public void The_first_rule_that_holds_gives_the_tier_and_each_earlier_rule_says_why_not()
    {
        // a: 67×2 + 100 → 78 geen; b: ja, ja, 1 → (100 + 0)/2 = 50 licht; c: 3 → 67 licht.
        var result = Score(("m1", "3"), ("j1", "ja"), ("mx.r1", "ja"), ("mx.r2", "ja"), ("b1", "1"), ("c1", "3"));

        Assert.Equal(Need.Licht, result.Theme("b").Need);
        Assert.Equal(Need.Licht, result.Theme("c").Need);
        Assert.Equal("licht", result.Tier);
        Assert.Equal(4, result.TierRule);
        Assert.Equal(
            "Regel 1 'intensief' niet: A hoog of twee thema's hoog klopt niet (behoefte Thema A is 'geen', aantal thema's met behoefte hoog is 0).",
            result.TierRules[0].Sentence);
        Assert.Equal(
            "Regel 4 'licht' toegepast: ${aantal_ten_minste_matig} >= 1 or ${aantal_ten_minste_licht} >= 2 "
            + "(aantal thema's met behoefte ten minste matig is 0, aantal thema's met behoefte ten minste licht is 2).",
            result.TierRules[3].Sentence);
        Assert.Contains(result.TierRules[0].Sentence, result.Explanation);
    }

    [Fact]
    public void A_theme_with_too_few_answers_gives_the_flagged_rule_never_silently_geen()
    {
        var result = Score(("m1", "weet_niet"), ("j1", "ja"), ("b1", "4"), ("c1", "4"));

        Assert.Equal("regulier", result.Tier);
        Assert.Equal(2, result.TierRule);
        Assert.Equal("adviseur beoordeelt", result.Flag);
        Assert.Equal("Let op: adviseur beoordeelt.", result.Explanation[^1]);
    }

    [Fact]
    public void A_floor_on_a_theme_with_too_few_answers_still_gives_it_a_need()
    {
        var a = Score(("m1", "1")).Theme("a"); // j1 (required) unanswered: coverage 2/3 ≥ 60%, so scored 0 → hoog
        Assert.Equal(Need.Hoog, a.Need);

        var sparse = Score(("m1", "1"), ("j1", "weet_niet"), ("pct", "weet_niet")).Theme("a"); // coverage 2/4
        Assert.Null(sparse.Score);
        Assert.Equal(Need.Matig, sparse.Need);
    }

    [Fact]
    public void Counts_count_at_least_so_that_a_theme_at_hoog_also_counts_as_matig_and_licht()
    {
        // a hoog → intensief by rule 1; here b and c hoog, a geen: aantal_hoog = 2 → intensief.
        var result = Score(("m1", "4"), ("j1", "ja"), ("b1", "1"), ("c1", "1"));

        Assert.Equal("intensief", result.Tier);
        Assert.Contains("aantal thema's met behoefte hoog is 2", result.TierRules[0].Sentence);
    }

    [Fact]
    public void The_result_names_its_questionnaire_and_rules_version()
    {
        var result = Score(AllGood);

        Assert.Equal(("fixture", 1, 1, "OZJ-intensiteit"), (result.QuestionnaireKey, result.QuestionnaireVersion, result.RulesVersion, result.TierLabel));
    }
}
