using Startfoto.Domain.Scoring;
using static Startfoto.Domain.Tests.Questionnaires.QuestionnaireFixture;

namespace Startfoto.Domain.Tests.Scoring;

/// <summary>The rules shipped in questionnaires/startfoto.json against hand-computed cases of INSTRUMENTS.md §5.</summary>
public sealed class ShippedRulesTests
{
    static readonly StartfotoAnswers Startfoto = new(Shipped("startfoto.json"));

    static ScoreResult Score(Dictionary<string, string> answers) => Startfoto.Questionnaire.Scorer!.Score(Startfoto.Evaluate(answers));

    static Dictionary<string, string> BestWith(params (string Key, string Value)[] changes)
    {
        var answers = Startfoto.Best();
        foreach (var (key, value) in changes) answers[key] = value;
        return answers;
    }

    static readonly (string, string)[] LokaalTeamMixed =
    [
        ("lt.team", "ja"), ("lt.taken", "informatie toeleiding basishulp"), ("lt.zelfhulp", "2"), ("lt.expertise", "deels"),
        ("lt.huisarts", "40"), ("lt.domeinen.onderwijs", "ja"), ("lt.domeinen.ggz", "deels"), ("lt.domeinen.schuldhulp", "nee"),
        ("lt.domeinen.wonen", "nee"), ("lt.domeinen.veiligheid", "ja"), ("lt.1818", "3"), ("lt.informeel", "1"),
    ];

    [Fact]
    public void Best_answers_everywhere_give_score_100_need_geen_and_tier_geen()
    {
        var result = Score(Startfoto.Best());

        Assert.All(result.Themes, t => Assert.Equal((100.0, Need.Geen), (t.Score!.Value, t.Need!.Value)));
        Assert.Equal("geen", result.Tier);
    }

    [Fact]
    public void Golden_stevige_lokale_teams_mixed_answers_score_53_3_licht()
    {
        // ja 100×2 + taken 3 of 5 = 60×2 + zelfhulp 2 = 33×2 + expertise deels 50 + huisarts 40% → band 1–49 = 33
        // + domeinen (100 + 50 + 0 + 0 + 100) / 5 = 50 + 1818 niveau 3 = 67 + informeel niveau 1 = 0  → 586 / 11 = 53.27
        var lt = Score(BestWith(LokaalTeamMixed)).Theme("lt");

        Assert.Equal(53.3, lt.Score);
        Assert.Equal(1, lt.Coverage);
        Assert.Equal(Need.Licht, lt.Need);
        Assert.Equal([100, 60, 33, 50, 33, 50, 67, 0], lt.Items.Select(i => i.Score!.Value));
    }

    [Fact]
    public void Golden_two_themes_licht_is_not_enough_for_tier_licht_three_are()
    {
        // fin: sturing 2 = 33×2 + rapportage ja 100 + realisatie 103% → band 100–105 = 67 × 0.5 + voorbereid 3 = 67 → 266.5 / 4.5 = 59.2
        (string, string)[] fin = [("fin.sturing", "2"), ("fin.rapportage", "ja"), ("fin.realisatie", "103"), ("fin.voorbereid", "3")];
        var two = Score(BestWith([.. LokaalTeamMixed, .. fin]));
        Assert.Equal((59.2, Need.Licht), (two.Theme("fin").Score!.Value, two.Theme("fin").Need!.Value));
        Assert.Equal("geen", two.Tier);

        // rw: afbakening 3 = 67×2 + rest best (100 × 4 items: afweging, basis, collectief, beleidsplan) → 534 / 6 = 89 geen; make it licht:
        // afbakening 2 = 33×2 + afweging deels 50 + basis 3 of 5 = 60 + collectief 3 = 67 + beleidsplan ja 100 → 343 / 6 = 57.2
        (string, string)[] rw = [("rw.afbakening", "2"), ("rw.afweging", "deels"), ("rw.basis", "jongerenwerk inloop jgz"), ("rw.collectief", "3"), ("rw.beleidsplan", "ja")];
        var three = Score(BestWith([.. LokaalTeamMixed, .. fin, .. rw]));
        Assert.Equal((57.2, Need.Licht), (three.Theme("rw").Score!.Value, three.Theme("rw").Need!.Value));
        Assert.Equal("licht", three.Tier);
        Assert.Equal(4, three.TierRule);
    }

    [Fact]
    public void Golden_no_lokaal_team_sets_stevige_lokale_teams_to_hoog_and_the_tier_to_intensief()
    {
        // Everything else best: huisarts 95% → 100, domeinen 100, 1818 100, informeel 100; team nee = 0×2 → 400 / 6 = 66.7 licht, floor → hoog.
        var result = Score(BestWith(("lt.team", "nee")));

        var lt = result.Theme("lt");
        Assert.Equal(66.7, lt.Score);
        Assert.Equal(Need.Licht, lt.ThresholdNeed);
        Assert.Equal(Need.Hoog, lt.Need);
        Assert.Contains("Vloer: Er is geen laagdrempelig lokaal team (lt.team = nee) → ten minste hoog.", lt.Reason);
        Assert.Equal("intensief", result.Tier);
        Assert.StartsWith("Regel 1 'intensief' toegepast:", result.TierRules[0].Sentence);
    }

    [Fact]
    public void Golden_a_kernitem_at_level_1_sets_its_theme_to_at_least_matig_and_the_tier_to_licht()
    {
        // dm: inzicht 1 = 0×2, levering/dashboard/wacht best → 300 / 5 = 60 licht; floor → matig; one theme matig → licht.
        var result = Score(BestWith(("dm.inzicht", "1")));

        Assert.Equal((60.0, Need.Licht, Need.Matig), (result.Theme("dm").Score!.Value, result.Theme("dm").ThresholdNeed!.Value, result.Theme("dm").Need!.Value));
        Assert.Equal("licht", result.Tier);
    }

    [Fact]
    public void Golden_stevige_lokale_teams_matig_gives_regulier()
    {
        // team deels 50×2, taken 1 of 5 = 20×2, zelfhulp 2 = 33×2, expertise nee 0, huisarts 0% = 0, domeinen all deels 50, 1818 2 = 33, informeel 2 = 33
        // → (100 + 40 + 66 + 0 + 0 + 50 + 33 + 33) / 11 = 322 / 11 = 29.3 → hoog. Take informeel 4 = 100 instead: 389 / 11 = 35.4 → matig.
        (string, string)[] lt =
        [
            ("lt.team", "deels"), ("lt.taken", "informatie"), ("lt.zelfhulp", "2"), ("lt.expertise", "nee"), ("lt.huisarts", "0"),
            ("lt.domeinen.onderwijs", "deels"), ("lt.domeinen.ggz", "deels"), ("lt.domeinen.schuldhulp", "deels"), ("lt.domeinen.wonen", "deels"),
            ("lt.domeinen.veiligheid", "deels"), ("lt.1818", "2"), ("lt.informeel", "4"),
        ];
        var result = Score(BestWith(lt));

        Assert.Equal((35.4, Need.Matig), (result.Theme("lt").Score!.Value, result.Theme("lt").Need!.Value));
        Assert.Equal("regulier", result.Tier);
        Assert.Equal(3, result.TierRule);
        Assert.StartsWith("Regel 1 'intensief' niet:", result.TierRules[0].Sentence);
        Assert.StartsWith("Regel 2 'regulier' niet:", result.TierRules[1].Sentence);
    }

    [Fact]
    public void Stevige_lokale_teams_with_too_few_answers_gives_regulier_flagged_for_the_adviseur()
    {
        var result = Score(BestWith(("lt.team", "weet_niet"), ("lt.taken", "weet_niet"), ("lt.zelfhulp", "weet_niet"), ("lt.huisarts", "weet_niet")));

        Assert.True(result.Theme("lt").InsufficientData);
        Assert.Equal(("regulier", "adviseur beoordeelt"), (result.Tier, result.Flag));
    }

    [Fact]
    public void The_regio_theme_takes_at_least_the_regio_worst_criterion_need_and_does_not_count_for_the_tier()
    {
        var evaluation = Startfoto.Evaluate(Startfoto.Best());

        var result = Startfoto.Questionnaire.Scorer!.Score(evaluation, new RegioNeed(Need.Hoog, "Robuustheidsscan Holland Rijnland: zwakste criterium Inkoop 'hoog'"));

        Assert.Equal((100.0, Need.Hoog), (result.Theme("reg").Score!.Value, result.Theme("reg").Need!.Value));
        Assert.Contains("De regio: Robuustheidsscan Holland Rijnland: zwakste criterium Inkoop 'hoog' → ten minste hoog.", result.Theme("reg").Reason);
        Assert.Equal("geen", result.Tier);
    }

    [Fact]
    public void The_example_answers_shipped_since_issue_4_give_intensief()
    {
        var startfoto = Startfoto.Questionnaire;
        var result = startfoto.Scorer!.Score(startfoto.Evaluate(ExampleAnswers(startfoto), Today));

        Assert.Equal("intensief", result.Tier);
        Assert.Equal(Need.Hoog, result.Theme("lt").Need);
    }
}
