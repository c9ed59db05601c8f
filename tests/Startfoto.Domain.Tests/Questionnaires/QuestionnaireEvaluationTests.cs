using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using static Startfoto.Domain.Tests.Questionnaires.QuestionnaireFixture;

namespace Startfoto.Domain.Tests.Questionnaires;

public sealed class QuestionnaireEvaluationTests
{
    static QuestionnaireEvaluation Evaluate(Questionnaire questionnaire, params (string Key, Value Value)[] answers)
    {
        var set = questionnaire.NewAnswers();
        foreach (var (key, value) in answers) set[key] = value;
        return questionnaire.Evaluate(set, Today);
    }

    static Value S(string text) => Value.String(text);

    static Value N(double number) => Value.Number(number);

    // heeft_team → team_naam → team_leden: hiding the first hides the chain, as a hidden answer reads as ''.
    static readonly Questionnaire Chain = Compiled("""
        { "key": "heeft_team", "type": "singleChoice", "label": "Team?", "options": "jn", "required": true },
        { "key": "team_naam", "type": "shortText", "label": "Naam", "required": true, "visibleWhen": "${heeft_team} = 'ja'" },
        { "key": "team_leden", "type": "number", "label": "Leden", "required": true, "visibleWhen": "${team_naam} != ''" }
        """);

    [Theory]
    [InlineData(null, null, false, false)]
    [InlineData("ja", null, true, false)]
    [InlineData("ja", "Wijkteam Noord", true, true)]
    [InlineData("nee", "Wijkteam Noord", false, false)]
    public void Visibility_follows_the_chain_and_a_hidden_answer_reads_as_empty(string? team, string? name, bool nameVisible, bool membersVisible)
    {
        var evaluation = Evaluate(Chain, ("heeft_team", team is null ? Value.Empty : S(team)), ("team_naam", name is null ? Value.Empty : S(name)));

        Assert.Equal((nameVisible, membersVisible), (evaluation["team_naam"].Visible, evaluation["team_leden"].Visible));
        Assert.Equal((nameVisible, membersVisible), (evaluation["team_naam"].Required, evaluation["team_leden"].Required));
    }

    [Fact]
    public void A_hidden_answer_is_kept_but_neither_required_checked_nor_counted()
    {
        var evaluation = Evaluate(Chain, ("heeft_team", S("nee")), ("team_naam", S("Wijkteam Noord")), ("team_leden", N(-4)));

        Assert.Equal(new QuestionState(Chain.Slots[2], Visible: false, Required: false, Message: null, N(-4)), evaluation["team_leden"]);
        Assert.Equal(S("Wijkteam Noord"), evaluation["team_naam"].Value);
        Assert.Equal(new Progress(1, 1), evaluation.Progress);
    }

    [Fact]
    public void A_hidden_section_hides_its_questions()
    {
        var questionnaire = Compiled(
            ("""{ "key": "jeugd", "type": "singleChoice", "label": "Jeugd?", "options": "jn" }""", null),
            ("""{ "key": "aantal", "type": "number", "label": "Aantal", "required": true }""", "${jeugd} = 'ja'"));

        Assert.False(Evaluate(questionnaire)["aantal"].Visible);
        Assert.False(questionnaire.Evaluate(questionnaire.NewAnswers(), Today).IsSectionVisible(1));
        Assert.True(Evaluate(questionnaire, ("jeugd", S("ja")))["aantal"].Required);
    }

    static readonly Questionnaire Checks = Compiled("""
        { "key": "keuze", "type": "yesPartlyNo", "label": "K", "options": "jn", "notApplicable": true },
        { "key": "multi", "type": "multipleChoice", "label": "M", "options": "jn", "dontKnow": true },
        { "key": "aantal", "type": "number", "label": "A", "min": 0, "max": 100, "required": true, "notApplicable": true },
        { "key": "fte", "type": "number", "label": "F", "decimals": 1, "min": 0 },
        { "key": "even", "type": "number", "label": "E", "constraint": ". mod 2 = 0", "constraintMessage": "Vul een even getal in." },
        { "key": "tot", "type": "number", "label": "T", "constraint": ". <= ${aantal}" },
        { "key": "datum", "type": "date", "label": "D", "constraint": ". <= today()" }
        """);

    public static TheoryData<string, Value, string?> Answers => new()
    {
        { "aantal", Value.Empty, "Dit is een verplichte vraag." },
        { "aantal", N(101), "Vul een getal in van 0 tot en met 100." },
        { "aantal", N(-1), "Vul een getal in van 0 tot en met 100." },
        { "aantal", N(2.5), "Vul een geheel getal in, zonder cijfers achter de komma." },
        { "aantal", S("nvt"), null },
        { "aantal", S("weet_niet"), "Vul een getal in, of kies n.v.t." },
        { "fte", N(2.25), "Gebruik hooguit 1 cijfer achter de komma." },
        { "fte", N(2.2), null },
        { "fte", N(-0.5), "Vul een getal in van minstens 0." },
        { "keuze", S("nvt"), null },
        { "keuze", S("misschien"), "Kies een van de antwoordopties." },
        { "multi", S("ja nee"), null },
        { "multi", S("ja weet_niet"), "Kies n.v.t. of weet niet alleen, niet samen met andere opties." },
        { "multi", S("ja later"), "Kies alleen uit de antwoordopties." },
        { "even", N(3), "Vul een even getal in." },
        { "even", N(4), null },
        { "tot", N(60), "Dit antwoord voldoet niet aan de voorwaarde van deze vraag." },
        { "tot", N(50), null },
        { "datum", Value.Date(Today.AddDays(1)), "Dit antwoord voldoet niet aan de voorwaarde van deze vraag." },
        { "datum", S("2025-01-01"), "Vul een datum in als jjjj-mm-dd." },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Checks_an_answer_with_a_dutch_message(string key, Value value, string? message)
    {
        var evaluation = Evaluate(Checks, ("aantal", N(50)), (key, value));

        Assert.Equal(message, evaluation[key].Message);
        Assert.Equal(message is null, evaluation[key].Valid);
    }

    [Fact]
    public void Calculations_run_in_dependency_order_on_visible_answers_only()
    {
        var questionnaire = Compiled("""
            { "key": "totaal", "type": "calculated", "calculation": "${dubbel} + coalesce(${extra}, 0)" },
            { "key": "dubbel", "type": "calculated", "calculation": "${n} * 2" },
            { "key": "n", "type": "number", "label": "N" },
            { "key": "extra", "type": "number", "label": "E", "visibleWhen": "${n} > 10" }
            """);

        var small = Evaluate(questionnaire, ("n", N(3)), ("extra", N(100)));
        var large = Evaluate(questionnaire, ("n", N(30)), ("extra", N(100)));

        Assert.Equal((6, 6), (small["dubbel"].Value.ToNumber(), small["totaal"].Value.ToNumber()));
        Assert.Equal((60, 160), (large["dubbel"].Value.ToNumber(), large["totaal"].Value.ToNumber()));
        Assert.False(small["totaal"].Required);
    }

    [Fact]
    public void Progress_counts_required_visible_answers_and_nvt_and_weet_niet_as_answered()
    {
        var questionnaire = Compiled("""
            { "key": "a", "type": "maturity", "label": "A", "options": "jn", "required": true, "notApplicable": true },
            { "key": "b", "type": "maturity", "label": "B", "options": "jn", "required": true, "dontKnow": true },
            { "key": "c", "type": "shortText", "label": "C", "required": true },
            { "key": "d", "type": "shortText", "label": "D" }
            """);

        var evaluation = Evaluate(questionnaire, ("a", S("nvt")), ("b", S("weet_niet")), ("d", S("los")));

        Assert.Equal(new Progress(2, 3), evaluation.Progress);
    }

    [Fact]
    public void A_matrix_is_required_and_checked_per_row()
    {
        var questionnaire = Compiled("""
            { "key": "m", "type": "matrix", "label": "M", "options": "jn", "required": true, "rows": [ { "key": "r1", "label": "R1" }, { "key": "r2", "label": "R2" } ] }
            """);

        var evaluation = Evaluate(questionnaire, ("m.r1", S("ja")));

        Assert.Equal([("m.r1", true), ("m.r2", false)], evaluation.All.Select(q => (q.Key, q.Valid)));
        Assert.Equal(new Progress(1, 2), evaluation.Progress);
    }
}
