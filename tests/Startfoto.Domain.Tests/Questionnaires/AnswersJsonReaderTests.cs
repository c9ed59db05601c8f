using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using static Startfoto.Domain.Tests.Questionnaires.QuestionnaireFixture;

namespace Startfoto.Domain.Tests.Questionnaires;

public sealed class AnswersJsonReaderTests
{
    static readonly Questionnaire Questionnaire = Compiled("""
        { "key": "keuze", "type": "yesPartlyNo", "label": "K", "options": "jn" },
        { "key": "multi", "type": "multipleChoice", "label": "M", "options": "jn" },
        { "key": "aantal", "type": "number", "label": "A", "notApplicable": true },
        { "key": "naam", "type": "shortText", "label": "N" },
        { "key": "datum", "type": "date", "label": "D" },
        { "key": "m", "type": "matrix", "label": "M", "options": "jn", "rows": [ { "key": "r1", "label": "R1" } ] },
        { "key": "som", "type": "calculated", "calculation": "${aantal} + 1" }
        """);

    [Fact]
    public void Reads_each_kind_of_answer_into_its_slot()
    {
        var result = AnswersJsonReader.Read("""
            { "answers": { "keuze": "ja", "multi": ["ja", "nee"], "aantal": 4.5, "naam": "Leiden", "datum": "2025-03-01",
                           "m.r1": "nee", "som": null } }
            """, "a.json", Questionnaire);

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(
            [Value.String("ja"), Value.String("ja nee"), Value.Number(4.5), Value.String("Leiden"), Value.Date(new DateOnly(2025, 3, 1)), Value.String("nee"), Value.Empty],
            result.Value!.Values.ToArray());
    }

    [Fact]
    public void Nvt_is_an_answer_to_a_number_question_that_offers_it()
    {
        var result = AnswersJsonReader.Read("""{ "answers": { "aantal": "nvt" } }""", "a.json", Questionnaire);

        Assert.Equal(Value.String("nvt"), result.Value!["aantal"]);
    }

    [Theory]
    [InlineData("""{ "onbekend": "ja" }""", "ANS003", "onbekend", "Vraag 'onbekend' bestaat niet")]
    [InlineData("""{ "m": "ja" }""", "ANS003", "m", "beantwoord elke rij apart, zoals 'm.r1'")]
    [InlineData("""{ "aantal": "vier" }""", "ANS004", "aantal", "moet een getal of een van 'nvt' zijn")]
    [InlineData("""{ "multi": "ja" }""", "ANS004", "multi", "moet een lijst antwoordopties")]
    [InlineData("""{ "datum": "1-3-2025" }""", "ANS004", "datum", "moet een datum als \"jjjj-mm-dd\"")]
    [InlineData("""{ "keuze": "misschien" }""", "ANS005", "keuze", "'misschien' is geen antwoordoptie van 'keuze'; kies uit: ja, nee")]
    [InlineData("""{ "multi": ["ja", "later"] }""", "ANS005", "multi", "'later' is geen antwoordoptie")]
    [InlineData("""{ "som": 3 }""", "ANS006", "som", "berekende vraag")]
    [InlineData("""{ "naam": "a", "naam": "b" }""", "ANS007", "naam", "meer dan eens")]
    public void Reports_a_wrong_answer_at_its_key_in_dutch(string answers, string code, string key, string message)
    {
        var result = AnswersJsonReader.Read($$"""{ "answers": {{answers}} }""", "a.json", Questionnaire);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, "a.json", key), (problem.Code, problem.At.File, problem.At.Key));
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("""{ "antwoorden": {} }""", "ANS002")]
    [InlineData("""[1, 2]""", "ANS002")]
    [InlineData("""{ "answers": { "a": """, "ANS001")]
    public void Refuses_a_file_that_is_no_answers_file(string json, string code) =>
        Assert.Equal(code, Assert.Single(AnswersJsonReader.Read(json, "a.json", Questionnaire).Problems).Code);

    [Fact]
    public void Without_a_questionnaire_infers_each_type_from_its_json_value()
    {
        var result = AnswersJsonReader.ReadInferred("""
            { "answers": { "t": "tekst", "n": 2, "b": true, "d": "2025-01-31", "l": ["a", "b"], "x": null } }
            """, "a.json");

        var scope = result.Value!.Scope;
        Assert.Equal(
            [AnswerType.Text, AnswerType.Decimal, AnswerType.Boolean, AnswerType.Date, AnswerType.SelectMultiple, AnswerType.Text],
            new[] { "t", "n", "b", "d", "l", "x" }.Select(k => scope.TryFind(k, out var q) ? q.Type : (AnswerType)(-1)));
        Assert.Equal(Value.String("a b"), result.Value.Values[4]);
    }
}
