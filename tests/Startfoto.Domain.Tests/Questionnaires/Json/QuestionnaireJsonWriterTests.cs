using System.Text.Json;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;

namespace Startfoto.Domain.Tests.Questionnaires.Json;

/// <summary>The written shape; that every definition reads back equal is tested with the XLSForm examples in Infrastructure.Tests.</summary>
public sealed class QuestionnaireJsonWriterTests
{
    static readonly ChoiceOption[] JaNee = [new("ja", "Ja", Score: 100), new("nee", "Nee", Score: 0)];

    static QuestionnaireDefinition Definition(params Question[] questions) =>
        new("demo", 3, "Demo", InstrumentKind.Other, QuestionnaireLevel.Jeugdregio, null, [], [new Section("s1", "Sectie", null, [.. questions])]);

    static JsonElement Written(QuestionnaireDefinition definition) => JsonDocument.Parse(QuestionnaireJsonWriter.Write(definition)).RootElement;

    static string[] Names(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Defaults_are_left_out_and_the_schema_is_referenced_first()
    {
        var json = Written(Definition(new Question("aantal", QuestionType.Number, "Hoeveel?")));

        Assert.Equal(["$schema", "key", "version", "title", "kind", "level", "sections"], Names(json));
        Assert.Equal(("./schema/questionnaire.schema.json", "jeugdregio"), (json.GetProperty("$schema").GetString(), json.GetProperty("level").GetString()));
        Assert.Equal(["key", "type", "label"], Names(json.GetProperty("sections")[0].GetProperty("questions")[0]));
    }

    [Fact]
    public void Every_property_that_differs_from_its_default_is_written_in_camel_case()
    {
        var json = Written(Definition(new Question("lt.fte", QuestionType.Percentage, "Formatie", Help: "In fte", Required: true, Theme: "lt",
            Weight: 2, VisibleWhen: "1 = 1", Constraint: ". > 0", ConstraintMessage: "Positief", Number: new NumberRules(0, 5, 1, "fte"),
            NotApplicable: true, DontKnow: true, AllowComment: true, Shareable: true)));

        Assert.Equal(["key", "type", "label", "help", "required", "theme", "weight", "visibleWhen", "constraint", "constraintMessage",
            "min", "max", "decimals", "unit", "notApplicable", "dontKnow", "comment", "shareable"],
            Names(json.GetProperty("sections")[0].GetProperty("questions")[0]));
    }

    [Fact]
    public void Number_rules_with_only_defaults_keep_their_decimals_so_they_read_back()
    {
        var text = QuestionnaireJsonWriter.Write(Definition(new Question("n", QuestionType.Number, "N", Number: new NumberRules())));

        Assert.Equal(new NumberRules(), Assert.Single(QuestionnaireJsonReader.Read(text, "demo.json").Value!.Questions).Number);
    }

    [Fact]
    public void Options_that_several_questions_share_become_an_option_set_named_after_the_first()
    {
        var json = Written(Definition(
            new Question("a", QuestionType.SingleChoice, "A", Options: [.. JaNee]),
            new Question("b", QuestionType.SingleChoice, "B", Options: [.. JaNee]),
            new Question("c", QuestionType.SingleChoice, "C", Options: [new("x", "X")])));

        Assert.Equal(["a"], Names(json.GetProperty("optionSets")));
        var questions = json.GetProperty("sections")[0].GetProperty("questions");
        Assert.Equal("a", questions[1].GetProperty("options").GetString());
        Assert.Equal(JsonValueKind.Array, questions[2].GetProperty("options").ValueKind);
    }

    [Fact]
    public void Accents_are_written_as_they_are()
    {
        var text = QuestionnaireJsonWriter.Write(Definition(new Question("a", QuestionType.ShortText, "Geüpload, één keer")));

        Assert.Contains("\"Geüpload, één keer\"", text, StringComparison.Ordinal);
    }
}
