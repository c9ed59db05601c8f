using static Startfoto.Domain.Tests.Scoring.ScoringFixture;

namespace Startfoto.Domain.Tests.Scoring;

/// <summary>Bad rules are refused with a located Dutch message, every problem at once.</summary>
public sealed class BadRulesTests
{
    static string Rules(string needs = Needs, string items = "[]", string floors = "[]", string tier = DefaultTier) =>
        $$"""{ "version": 1, "minCoverage": 0.6, "needs": {{needs}}, "items": {{items}}, "floors": {{floors}}, "tier": {{tier}} }""";

    static string Tier(string rules, string tiers = """["intensief", "regulier", "licht", "geen"]""", string themes = """["a", "b", "c"]""") =>
        $$"""{ "label": "OZJ-intensiteit", "themes": {{themes}}, "tiers": {{tiers}}, "rules": {{rules}}, "otherwise": "geen" }""";

    static void Refused(string scoring, string code, string key, string messagePart)
    {
        var result = Compile(scoring);

        Assert.False(result.Ok);
        var problem = Assert.Single(result.Problems, p => p.Code == code);
        Assert.Equal(key, problem.At.Key);
        Assert.Equal("fixture.json", problem.At.File);
        Assert.Contains(messagePart, problem.Message);
    }

    [Fact]
    public void The_default_fixture_rules_compile() => Assert.True(Compile(DefaultRules).Ok);

    [Fact]
    public void A_floor_on_an_unknown_theme() => Refused(
        Rules(floors: """[ { "theme": "zz", "when": "${m1} = 1", "need": "matig", "reason": "r" } ]"""),
        "SCO001", "scoring.floors[0].theme", "Thema 'zz' bestaat niet");

    [Fact]
    public void A_tier_counting_an_unknown_theme() => Refused(
        Rules(tier: Tier("""[ { "tier": "intensief", "when": "${aantal_hoog} >= 2" } ]""", themes: """["a", "q"]""")),
        "SCO001", "scoring.tier.themes[1]", "Thema 'q' bestaat niet");

    [Fact]
    public void Overlapping_thresholds() => Refused(
        Rules(needs: """[ { "need": "geen", "from": 70 }, { "need": "licht", "from": 70 }, { "need": "matig", "from": 30 }, { "need": "hoog", "from": 0 } ]"""),
        "SCO005", "scoring.needs[1]", "overlappen of staan in de verkeerde volgorde");

    [Fact]
    public void Unordered_thresholds() => Refused(
        Rules(needs: """[ { "need": "geen", "from": 70 }, { "need": "licht", "from": 50 }, { "need": "matig", "from": 60 }, { "need": "hoog", "from": 0 } ]"""),
        "SCO005", "scoring.needs[2]", "Drempel 'matig' (vanaf 60)");

    [Fact]
    public void Thresholds_in_another_order_of_needs() => Refused(
        Rules(needs: """[ { "need": "licht", "from": 70 }, { "need": "geen", "from": 50 }, { "need": "matig", "from": 30 }, { "need": "hoog", "from": 0 } ]"""),
        "SCO004", "scoring.needs", "in de volgorde geen, licht, matig, hoog");

    [Fact]
    public void A_last_threshold_above_zero() => Refused(
        Rules(needs: """[ { "need": "geen", "from": 70 }, { "need": "licht", "from": 50 }, { "need": "matig", "from": 30 }, { "need": "hoog", "from": 10 } ]"""),
        "SCO006", "scoring.needs[3]", "vanaf 0");

    [Fact]
    public void A_tier_rule_that_references_an_unknown_name()
    {
        var result = Compile(Rules(tier: Tier("""[ { "tier": "intensief", "when": "${a} = 'hoog' or ${d} = 'hoog'" } ]""")));

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("EXPR", problem.Code);
        Assert.Equal("scoring.tier.rules[0].when", problem.At.Key);
        Assert.Equal(17, problem.At.Span!.Value.Start); // where ${d} stands
        Assert.Contains("${d}", problem.Message);
    }

    [Fact]
    public void A_tier_rule_comparing_a_need_with_a_value_it_never_has()
    {
        var result = Compile(Rules(tier: Tier("""[ { "tier": "intensief", "when": "${a} = 'hooog'" } ]""")));

        Assert.Contains(result.Problems, p => p.Code.StartsWith("EXPR", StringComparison.Ordinal) && p.At.Key == "scoring.tier.rules[0].when");
    }

    [Fact]
    public void A_rule_that_can_never_fire_because_an_earlier_rule_covers_it() => Refused(
        Rules(tier: Tier("""
            [ { "tier": "intensief", "when": "${a} = 'hoog' or ${aantal_hoog} >= 2" },
              { "tier": "regulier", "when": "${a} = 'hoog' and ${b} = 'hoog'" } ]
            """)),
        "SCO012", "scoring.tier.rules[1].when", "Regel 2 ('regulier') kan nooit gelden");

    [Fact]
    public void A_rule_that_can_never_fire_because_it_contradicts_itself() => Refused(
        Rules(tier: Tier("""[ { "tier": "intensief", "when": "${aantal_hoog} >= 2 and ${aantal_ten_minste_matig} < 2" } ]""")),
        "SCO012", "scoring.tier.rules[0].when", "kan nooit gelden");

    [Fact]
    public void Rules_out_of_tier_order() => Refused(
        Rules(tier: Tier("""[ { "tier": "licht", "when": "${a} = 'matig'" }, { "tier": "intensief", "when": "${a} = 'hoog'" } ]""")),
        "SCO011", "scoring.tier.rules[1].tier", "zet de regels van zwaar naar licht");

    [Fact]
    public void A_rule_for_an_unknown_tier() => Refused(
        Rules(tier: Tier("""[ { "tier": "zwaar", "when": "${a} = 'hoog'" } ]""")),
        "SCO010", "scoring.tier.rules[0].tier", "'zwaar' staat niet in 'tiers'");

    [Fact]
    public void A_gemeente_questionnaire_with_other_tiers() => Refused(
        Rules(tier: Tier("""[ { "tier": "zwaar", "when": "${a} = 'hoog'" } ]""", tiers: """["zwaar", "geen"]""")),
        "SCO013", "scoring.tier.tiers", "intensief, regulier, licht, geen");

    [Fact]
    public void A_method_that_does_not_fit_the_question() => Refused(
        Rules(items: """[ { "key": "m1", "method": "share" } ]"""),
        "SCO003", "scoring.items[0]", "Vraag 'm1' is van type 'maturity'; scoremethode 'share'");

    [Fact]
    public void Bands_out_of_order() => Refused(
        Rules(items: """[ { "key": "pct", "bands": [ { "below": 50, "score": 0 }, { "below": 10, "score": 50 }, { "score": 100 } ] } ]"""),
        "SCO008", "scoring.items[0]", "moeten oplopen");

    [Fact]
    public void Bands_without_an_open_last_band() => Refused(
        Rules(items: """[ { "key": "pct", "bands": [ { "below": 50, "score": 0 }, { "upTo": 100, "score": 100 } ] } ]"""),
        "SCO008", "scoring.items[0]", "de laatste band heeft geen grens");

    [Fact]
    public void A_rule_for_an_unknown_question() => Refused(
        Rules(items: """[ { "key": "nope", "method": "share" } ]"""),
        "SCO002", "scoring.items[0]", "Vraag 'nope' bestaat niet");

    [Fact]
    public void A_minimum_coverage_above_one() => Refused(
        Rules().Replace("\"minCoverage\": 0.6", "\"minCoverage\": 60"),
        "SCO007", "scoring.minCoverage", "tussen 0 en 1");

    [Fact]
    public void An_unknown_need_is_refused_when_the_file_is_read()
    {
        var read = Domain.Questionnaires.Json.ScoringJsonReader.Read(
            Rules(floors: """[ { "theme": "a", "when": "${m1} = 1", "need": "middel", "reason": "r" } ]"""), "regels.json");

        var problem = Assert.Single(read.Problems);
        Assert.Equal(("SCO009", "scoring.floors[0]"), (problem.Code, problem.At.Key));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = Compile(Rules(
            needs: """[ { "need": "geen", "from": 70 }, { "need": "licht", "from": 80 }, { "need": "matig", "from": 30 }, { "need": "hoog", "from": 0 } ]""",
            items: """[ { "key": "nope", "method": "share" } ]""",
            floors: """[ { "theme": "zz", "when": "${m1} = 1", "need": "matig", "reason": "r" } ]"""));

        Assert.Equal(["SCO005", "SCO002", "SCO001"], result.Problems.Select(p => p.Code));
    }
}
