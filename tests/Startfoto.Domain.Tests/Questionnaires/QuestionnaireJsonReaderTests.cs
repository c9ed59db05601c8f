using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;

namespace Startfoto.Domain.Tests.Questionnaires;

public sealed class QuestionnaireJsonReaderTests
{
    const string Minimal = """
        {
          "key": "demo", "version": 2, "title": "Demo", "kind": "startfoto", "level": "gemeente",
          "themes": [ { "key": "lt", "title": "Stevige lokale teams" } ],
          "optionSets": { "jdn": [ { "value": "ja", "label": "Ja", "score": 100 }, { "value": "nee", "label": "Nee", "score": 0 } ] },
          "sections": [ { "key": "s1", "title": "Lokale teams", "questions": [
            { "key": "lt.team", "type": "yesPartlyNo", "label": "Team?", "options": "jdn", "theme": "lt", "weight": 2,
              "required": true, "notApplicable": true, "comment": true },
            { "key": "lt.fte", "type": "number", "label": "Formatie", "min": 0, "max": 500, "decimals": 1, "unit": "fte",
              "visibleWhen": "${lt.team} != 'nee'" }
          ] } ]
        }
        """;

    [Fact]
    public void Reads_a_definition_with_shared_option_sets()
    {
        var result = QuestionnaireJsonReader.Read(Minimal, "demo.json");

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var d = result.Value!;
        Assert.Equal(("demo", 2, InstrumentKind.Startfoto, QuestionnaireLevel.Gemeente), (d.Key, d.Version, d.Kind, d.Level));
        var team = d.Questions.First();
        Assert.Equal(QuestionType.YesPartlyNo, team.Type);
        Assert.Equal(["ja", "nee"], team.Options.Select(o => o.Value));
        Assert.Equal(100, team.Options[0].Score);
        Assert.Equal(["ja", "nee", Question.NotApplicableValue], team.AllowedValues());
        Assert.True(team.AllowComment && team.Required);
        var fte = d.Questions.Last();
        Assert.Equal(new NumberRules(0, 500, 1, "fte"), fte.Number);
        Assert.Equal("${lt.team} != 'nee'", fte.VisibleWhen);
    }

    [Theory]
    [InlineData("\"type\": \"yesPartlyNo\"", "\"type\": \"jaNee\"", "Q005", "lt.team")]
    [InlineData("\"label\": \"Team?\"", "\"lable\": \"Team?\"", "Q004", "lt.team")]
    [InlineData("\"options\": \"jdn\"", "\"options\": \"jdnx\"", "Q006", "lt.team")]
    [InlineData("\"version\": 2", "\"version\": \"twee\"", "Q003", null)]
    [InlineData("\"required\": true", "\"required\": \"ja\"", "Q003", "lt.team")]
    public void Reports_a_structural_mistake_at_its_question(string from, string to, string code, string? key)
    {
        var result = QuestionnaireJsonReader.Read(Minimal.Replace(from, to, StringComparison.Ordinal), "demo.json");

        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.Code == code && p.At.Key == key && p.At.File == "demo.json");
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        var result = QuestionnaireJsonReader.Read("{\n  \"key\": \"demo\",\n  \"version\" 2\n}", "kapot.json");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("Q001", problem.Code);
        Assert.Equal(3, problem.At.Row);
    }

    [Fact]
    public void Every_missing_required_property_is_reported_not_just_the_first()
    {
        var result = QuestionnaireJsonReader.Read("{ \"sections\": [] }", "leeg.json");

        Assert.Equal(["key", "version", "title", "kind", "level"],
            result.Problems.Where(p => p.Code == "Q002").Select(p => p.Message.Split('\'')[1]));
    }
}
