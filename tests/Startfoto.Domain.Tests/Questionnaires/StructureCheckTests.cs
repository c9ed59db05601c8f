using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;

namespace Startfoto.Domain.Tests.Questionnaires;

public sealed class StructureCheckTests
{
    static QuestionnaireDefinition Definition(string questions) => QuestionnaireJsonReader.Read($$"""
        { "key": "demo", "version": 1, "title": "Demo", "kind": "other", "level": "gemeente",
          "themes": [ { "key": "t1", "title": "Thema" } ],
          "sections": [ { "key": "s1", "title": "Sectie", "questions": [ {{questions}} ] } ] }
        """, "demo.json").Value ?? throw new InvalidOperationException("fixture does not parse");

    [Theory]
    [InlineData("""{ "key": "a", "type": "shortText", "label": "A" }, { "key": "a", "type": "longText", "label": "B" }""", "Q007", "a")]
    [InlineData("""{ "key": "a", "type": "shortText", "label": "A", "theme": "t9" }""", "Q008", "a")]
    [InlineData("""{ "key": "a", "type": "singleChoice", "label": "A" }""", "Q009", "a")]
    [InlineData("""{ "key": "a", "type": "number", "label": "A", "min": 10, "max": 1 }""", "Q011", "a")]
    [InlineData("""{ "key": "a", "type": "calculated" }""", "Q012", "a")]
    [InlineData("""{ "key": "m", "type": "matrix", "label": "M", "options": [ { "value": "ja", "label": "Ja" } ] }""", "Q013", "m")]
    [InlineData("""{ "key": "1a", "type": "shortText", "label": "A" }""", "Q010", "1a")]
    [InlineData("""{ "key": "a", "type": "shortText", "label": "A", "weight": 0 }""", "Q014", "a")]
    [InlineData("""{ "key": "a", "type": "singleChoice", "label": "A", "notApplicable": true, "options": [ { "value": "nvt", "label": "x" } ] }""", "Q015", "a")]
    public void Reports_a_meaning_problem_at_its_key(string questions, string code, string key)
    {
        var problem = Assert.Single(StructureCheck.Run(Definition(questions), "demo.json"));

        Assert.Equal((code, key), (problem.Code, problem.At.Key));
    }

    [Fact]
    public void A_sound_definition_has_no_problems() =>
        Assert.Empty(StructureCheck.Run(Definition("""{ "key": "a", "type": "shortText", "label": "A", "theme": "t1" }"""), "demo.json"));
}
