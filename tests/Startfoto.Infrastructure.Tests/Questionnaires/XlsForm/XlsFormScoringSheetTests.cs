using System.Text.Json;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Domain.Scoring;
using Startfoto.Infrastructure.Questionnaires.XlsForm;
using static Startfoto.Infrastructure.Tests.Questionnaires.XlsForm.XlsFormFixture;

namespace Startfoto.Infrastructure.Tests.Questionnaires.XlsForm;

/// <summary>The 'scoring' sheet: one rule per row, read to the same rules the JSON holds, every problem at its row.</summary>
public sealed class XlsFormScoringSheetTests
{
    const string Survey = """
        | type                  | name | label | theme | weight |
        | select_one jn         | a    | A     | t1    | 2      |
        | select_multiple lijst | b    | B     | t1    |        |
        | decimal               | c    | C     | t2    |        |
        | select_one jn         | d    | D     | t2    |        |
        """;

    const string Choices = """
        | list_name | name | label | score |
        | jn        | ja   | Ja    | 100   |
        | jn        | nee  | Nee   | 0     |
        | lijst     | x    | X     |       |
        | lijst     | y    | Y     |       |
        """;

    const string Themes = """
        | key | title   |
        | t1  | Thema 1 |
        | t2  | Thema 2 |
        """;

    // Row 1 is the header, so the first rule is row 2, as Excel numbers them.
    static readonly string[] Scoring =
    [
        "| type       | key            | value           | method | below | up_to | score | theme | need  | from | tier      | when                              | reason | description | flag |",
        "| setting    | version        | 3               |        |       |       |       |       |       |      |           |                                   |        |             |      |",
        "| setting    | min_coverage   | 0.5             |        |       |       |       |       |       |      |           |                                   |        |             |      |",
        "| need       |                |                 |        |       |       |       |       | geen  | 70   |           |                                   |        |             |      |",
        "| need       |                |                 |        |       |       |       |       | licht | 50   |           |                                   |        |             |      |",
        "| need       |                |                 |        |       |       |       |       | matig | 30   |           |                                   |        |             |      |",
        "| need       |                |                 |        |       |       |       |       | hoog  | 0    |           |                                   |        |             |      |",
        "| item       | b              |                 | share  |       |       |       |       |       |      |           |                                   |        |             |      |",
        "| item       | c              |                 | bands  |       |       |       |       |       |      |           |                                   |        |             |      |",
        "| band       | c              |                 |        | 10    |       | 0     |       |       |      |           |                                   |        |             |      |",
        "| band       | c              |                 |        |       |       | 100   |       |       |      |           |                                   |        |             |      |",
        "| floor      |                |                 |        |       |       |       | t1    | hoog  |      |           | ${a} = 'nee'                      | Geen A |             |      |",
        "| setting    | tier_label     | OZJ-intensiteit |        |       |       |       |       |       |      |           |                                   |        |             |      |",
        "| tier       |                |                 |        |       |       |       |       |       |      | intensief |                                   |        |             |      |",
        "| tier       |                |                 |        |       |       |       |       |       |      | regulier  |                                   |        |             |      |",
        "| tier       |                |                 |        |       |       |       |       |       |      | licht     |                                   |        |             |      |",
        "| tier       |                |                 |        |       |       |       |       |       |      | geen      |                                   |        |             |      |",
        "| tier_theme |                |                 |        |       |       |       | t1    |       |      |           |                                   |        |             |      |",
        "| tier_theme |                |                 |        |       |       |       | t2    |       |      |           |                                   |        |             |      |",
        "| tier_rule  |                |                 |        |       |       |       |       |       |      | intensief | ${t1} = 'hoog'                    |        | T1 hoog     | kijk |",
        "| tier_rule  |                |                 |        |       |       |       |       |       |      | regulier  | ${aantal_ten_minste_matig} >= 1   |        |             |      |",
        "| tier_rule  |                |                 |        |       |       |       |       |       |      | licht     | ${aantal_ten_minste_licht} >= 1   |        |             |      |",
        "| setting    | tier_otherwise | geen            |        |       |       |       |       |       |      |           |                                   |        |             |      |",
    ];

    static (string, string)[] Form(IEnumerable<string> scoring) =>
        [("survey", Survey), ("choices", Choices), ("themes", Themes), ("scoring", string.Join("\n", scoring))];

    static IReadOnlyList<Domain.Problems.Problem> ProblemsWith(int row, string line) =>
        Problems(Form(Scoring.Select((l, i) => i == row - 1 ? line : l)));

    static string Json(ScoringRules? rules) => ScoringJsonWriter.Write(Assert.IsType<ScoringRules>(rules));

    [Fact]
    public void Every_row_type_becomes_its_part_of_the_rules()
    {
        var rules = Import(Form(Scoring)).Scoring!;

        Assert.Equal((3, 0.5, "OZJ-intensiteit", "geen"), (rules.Version, rules.MinCoverage, rules.Tier.Label, rules.Tier.Otherwise));
        Assert.Equal([new(Need.Geen, 70), new(Need.Licht, 50), new(Need.Matig, 30), new NeedThreshold(Need.Hoog, 0)], rules.Needs.ToArray());
        Assert.Equal([("b", ItemMethod.Share, 0), ("c", ItemMethod.Bands, 2)], rules.Items.Select(i => (i.Key, i.Method, i.Bands.Length)));
        Assert.Equal([new ScoreBand(0, Below: 10), new ScoreBand(100)], rules.Items[1].Bands.ToArray());
        Assert.Equal([new Floor("t1", "${a} = 'nee'", Need.Hoog, "Geen A")], rules.Floors.ToArray());
        Assert.Equal(["intensief", "regulier", "licht", "geen"], rules.Tier.Tiers.ToArray());
        Assert.Equal(["t1", "t2"], rules.Tier.Themes.ToArray());
        Assert.Equal(new TierRule("intensief", "${t1} = 'hoog'", "T1 hoog", "kijk"), rules.Tier.Rules[0]);
        Assert.Equal(3, rules.Tier.Rules.Length);
    }

    [Fact]
    public void Bands_without_an_item_row_score_by_bands_and_types_and_settings_may_be_written_in_capitals()
    {
        var rules = Import(Form(Scoring.Where((_, i) => i != 8).Select(l => l.Replace("| setting ", "| SETTING ").Replace("min_coverage", "Min_Coverage"))))
            .Scoring!;

        Assert.Equal(("c", ItemMethod.Bands, 2), (rules.Items[1].Key, rules.Items[1].Method, rules.Items[1].Bands.Length));
        Assert.Equal(0.5, rules.MinCoverage);
    }

    [Fact]
    public void A_form_without_a_scoring_sheet_has_no_rules()
    {
        Assert.Null(Import(("survey", Survey), ("choices", Choices), ("themes", Themes)).Scoring);
    }

    [Fact]
    public void Rules_written_to_the_sheet_read_back_the_same()
    {
        var definition = Import(Form(Scoring));

        var copy = XlsFormReader.Read(XlsFormWriter.Write(definition), "copy.xlsx");

        Assert.True(copy.Ok, string.Join("\n", copy.Problems));
        Assert.Equal(Json(definition.Scoring), Json(copy.Value!.Scoring));
    }

    [Theory]
    [InlineData("startfoto")]
    [InlineData("robuustheidsscan")]
    public void The_rules_of_a_shipped_definition_come_back_from_its_export_and_score_the_same(string name)
    {
        var definition = QuestionnaireJsonReader.Read(File.ReadAllText(Path.Combine(QuestionnairesFolder, $"{name}.json")), $"{name}.json").Value!;
        var copy = XlsFormReader.Read(XlsFormWriter.Write(definition), "export.xlsx").Value!;
        var (original, copied) = (QuestionnaireCompiler.Compile(definition, name).Value!, QuestionnaireCompiler.Compile(copy, name).Value!);

        Assert.Equal(Json(definition.Scoring), Json(copy.Scoring));
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var (a, b) = (original.NewAnswers(), copied.NewAnswers());
            foreach (var slot in original.Slots.Where(s => !s.AllowedValues.IsDefaultOrEmpty))
            {
                var value = Domain.Expressions.Value.String(slot.AllowedValues[random.Next(slot.AllowedValues.Length)]);
                (a[slot.Key], b[slot.Key]) = (value, value);
            }
            var today = new DateOnly(2025, 6, 1);
            Assert.Equal(Describe(original.Scorer!.Score(original.Evaluate(a, today))), Describe(copied.Scorer!.Score(copied.Evaluate(b, today))));
        }
    }

    static string Describe(ScoreResult result) => JsonSerializer.Serialize(result);

    [Theory]
    [InlineData("| regel | | | | | | | | | | | | | | |",
        "scoring, rij 24, kolom type: Type 'regel' is onbekend in het werkblad 'scoring'; kies uit: setting, need, item, band, floor, tier, tier_theme, tier_rule.")]
    [InlineData("| | version | 4 | | | | | | | | | | | | |",
        "scoring, rij 24, kolom type: 'type' is leeg; vul het in.")]
    [InlineData("| floor | | | | | | | t2 | matig | | | ${d} = 'nee' | | | |",
        "scoring, rij 24, kolom reason: 'reason' is leeg; vul het in.")]
    [InlineData("| need | | | | | | | | licht | zeventig | | | | | |",
        "scoring, rij 24, kolom from: 'zeventig' in kolom from is geen getal; schrijf bijvoorbeeld 2 of 0.5.")]
    [InlineData("| band | c | | | | | veel | | | | | | | | |",
        "scoring, rij 24, kolom score: 'veel' in kolom score is geen getal; schrijf bijvoorbeeld 2 of 0.5.")]
    [InlineData("| need | | | | | | | | veel | 10 | | | | | |",
        "scoring, rij 24, kolom need: 'veel' is geen behoefte; kies uit geen, licht, matig, hoog.")]
    [InlineData("| item | d | | som | | | | | | | | | | | |",
        "scoring, rij 24, kolom method: 'som' is geen geldige waarde voor method; kies uit: options, share, optionSum, bands.")]
    [InlineData("| band | c | | | 5 | 5 | 50 | | | | | | | | |",
        "scoring, rij 24, kolom up_to: Geef below of up_to, niet allebei: below is een grens tot (niet tot en met), up_to tot en met.")]
    [InlineData("| tier | | | | | | | | matig | | zwaar | | | | |",
        "scoring, rij 24, kolom need: Kolom 'need' hoort niet bij een rij van type 'tier' (die gebruikt tier); laat de cel leeg of kies een ander type.")]
    [InlineData("| setting | version | 4 | | | | | | | | | | | | |",
        "scoring, rij 24, kolom key: Instelling 'version' staat al in rij 2; verwijder een van beide.")]
    [InlineData("| setting | drempel | 4 | | | | | | | | | | | | |",
        "scoring, rij 24, kolom key: 'drempel' is geen geldige waarde voor key; kies uit: version, min_coverage, assessment_field, regio_theme, tier_label, tier_otherwise.")]
    public void A_bad_row_is_reported_at_its_row_and_column(string line, string expected)
    {
        var problem = Assert.Single(Problems(Form([.. Scoring, line])));

        Assert.Equal(expected, Line(problem));
    }

    [Fact]
    public void A_version_that_is_no_whole_number_is_reported_at_its_value()
    {
        var problem = Assert.Single(ProblemsWith(2, "| setting | version | 1.5 | | | | | | | | | | | | |"));

        Assert.Equal("scoring, rij 2, kolom value: XLS021", $"{problem.At with { File = null }}: {problem.Code}");
    }

    [Fact]
    public void A_missing_setting_is_reported_at_the_sheet()
    {
        var problem = Assert.Single(Problems(Form(Scoring.Take(Scoring.Length - 1))));

        Assert.Equal("scoring: Instelling 'tier_otherwise' ontbreekt; voeg een rij toe met type setting, key tier_otherwise en de waarde in kolom value.",
            Line(problem));
    }

    [Fact]
    public void A_scoring_sheet_without_a_type_column_is_reported_at_its_header()
    {
        var problem = Assert.Single(Problems(Form(["| soort | key |", "| setting | version |"])), p => p.Code == "XLS005");

        Assert.Equal(("scoring", 1), (problem.At.Sheet, problem.At.Row));
    }

    [Theory]
    [InlineData(5, "| need | | | | | | | | licht | 75 | | | | | |",
        "scoring, rij 5, kolom from: SCO005 Drempel 'licht' (vanaf 75) moet lager liggen dan de drempel ervoor (vanaf 70): drempels overlappen of staan in de verkeerde volgorde.")]
    [InlineData(7, "| need | | | | | | | | matig | 0 | | | | | |",
        "scoring, rij 4, kolom need: SCO004 Geef voor elke behoefte precies één drempel, in de volgorde geen, licht, matig, hoog.")]
    [InlineData(3, "| setting | min_coverage | 60 | | | | | | | | | | | | |",
        "scoring, rij 3, kolom value: SCO007 'minCoverage' is 60; dat moet tussen 0 en 1 liggen.")]
    [InlineData(8, "| item | zz | | share | | | | | | | | | | | |",
        "scoring, rij 8, kolom key: SCO002 Vraag 'zz' bestaat niet in deze vragenlijst.")]
    [InlineData(8, "| item | a | | share | | | | | | | | | | | |",
        "scoring, rij 8, kolom method: SCO003 Vraag 'a' is van type 'singleChoice'; scoremethode 'share' past daar niet bij.")]
    [InlineData(9, "| item | b | | bands | | | | | | | | | | | |",
        "scoring, rij 9, kolom key: SCO015 Vraag 'b' heeft al een scoreregel.")]
    [InlineData(11, "| band | c | | | 5 | | 100 | | | | | | | | |",
        "scoring, rij 10: SCO008 De grenzen van de banden moeten oplopen en elke band behalve de laatste heeft 'below' of 'upTo'; de laatste band heeft geen grens.")]
    [InlineData(11, "| band | c | | | | | 150 | | | | | | | | |",
        "scoring, rij 11, kolom score: SCO007 'score' is 150; dat moet tussen 0 en 100 liggen.")]
    [InlineData(12, "| floor | | | | | | | t9 | hoog | | | ${a} = 'nee' | Geen A | | |",
        "scoring, rij 12, kolom theme: SCO001 Thema 't9' bestaat niet in deze vragenlijst; kies een thema uit 'themes'.")]
    [InlineData(12, "| floor | | | | | | | t1 | hoog | | | ${onbekend} = 'nee' | Geen A | | |",
        "scoring, rij 12, kolom when, positie 1: EXPR002 Onbekende vraag '${onbekend}': controleer de naam.")]
    [InlineData(19, "| tier_theme | | | | | | | t9 | | | | | | | |",
        "scoring, rij 19, kolom theme: SCO001 Thema 't9' bestaat niet in deze vragenlijst; kies een thema uit 'themes'.")]
    [InlineData(20, "| tier_rule | | | | | | | | | | intensief | ${t1} = 'hoog' or ${t3} = 'hoog' | | | |",
        "scoring, rij 20, kolom when, positie 19: EXPR002 Onbekende vraag '${t3}': controleer de naam.")]
    [InlineData(21, "| tier_rule | | | | | | | | | | middel | ${aantal_ten_minste_matig} >= 1 | | | |",
        "scoring, rij 21, kolom tier: SCO010 'middel' staat niet in 'tiers' (intensief, regulier, licht, geen).")]
    [InlineData(20, "| tier_rule | | | | | | | | | | licht | ${t1} = 'hoog' | | | |",
        "scoring, rij 21, kolom tier: SCO011 Regel voor 'regulier' staat na een regel voor het lichtere 'licht': zet de regels van zwaar naar licht.")]
    [InlineData(21, "| tier_rule | | | | | | | | | | regulier | ${t1} = 'hoog' | | | |",
        "scoring, rij 21, kolom when: SCO012 Regel 2 ('regulier') kan nooit gelden: bij geen enkele combinatie van behoeften per thema komt deze regel aan de beurt en klopt hij.")]
    [InlineData(23, "| setting | tier_otherwise | anders | | | | | | | | | | | | |",
        "scoring, rij 23, kolom value: SCO010 'anders' staat niet in 'tiers' (intensief, regulier, licht, geen).")]
    public void A_rule_the_compiler_rejects_is_reported_at_its_row_in_the_sheet(int row, string line, string expected)
    {
        var problem = Assert.Single(ProblemsWith(row, line));

        Assert.Equal(expected, $"{problem.At with { File = null }}: {problem.Code} {problem.Message}");
    }
}
