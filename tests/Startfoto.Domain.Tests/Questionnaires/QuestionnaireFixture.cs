using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;

namespace Startfoto.Domain.Tests.Questionnaires;

/// <summary>Small definitions written inline, and the shipped ones, compiled.</summary>
internal static class QuestionnaireFixture
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    /// <summary>A definition with theme t1 and one section per entry of <paramref name="sections"/> (questions JSON, visibleWhen).</summary>
    public static QuestionnaireDefinition Definition(params (string Questions, string? VisibleWhen)[] sections) =>
        QuestionnaireJsonReader.Read($$"""
            { "key": "demo", "version": 1, "title": "Demo", "kind": "other", "level": "gemeente",
              "themes": [ { "key": "t1", "title": "Thema" } ],
              "optionSets": { "jn": [ { "value": "ja", "label": "Ja" }, { "value": "nee", "label": "Nee" } ] },
              "sections": [ {{string.Join(",", sections.Select((s, i) => Section(i, s.Questions, s.VisibleWhen)))}} ] }
            """, "demo.json").Value ?? throw new InvalidOperationException("fixture does not parse");

    public static QuestionnaireDefinition Definition(string questions) => Definition((questions, null));

    public static Result<Questionnaire> Compile(string questions) => QuestionnaireCompiler.Compile(Definition(questions), "demo.json");

    public static Questionnaire Compiled(params (string Questions, string? VisibleWhen)[] sections)
    {
        var result = QuestionnaireCompiler.Compile(Definition(sections), "demo.json");
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Value!;
    }

    public static Questionnaire Compiled(string questions) => Compiled((questions, null));

    public static Questionnaire Shipped(string file)
    {
        var path = Path.Combine(ShippedDefinitionsTests.QuestionnairesFolder(), file);
        var definition = QuestionnaireJsonReader.Read(File.ReadAllText(path), file);
        Assert.True(definition.Ok, string.Join("\n", definition.Problems));
        var compiled = QuestionnaireCompiler.Compile(definition.Value!, file);
        Assert.True(compiled.Ok, string.Join("\n", compiled.Problems));
        return compiled.Value!;
    }

    public static AnswerSet ExampleAnswers(Questionnaire questionnaire, string file = "startfoto-voorbeeld.answers.json")
    {
        var path = Path.Combine(ShippedDefinitionsTests.QuestionnairesFolder(), "examples", file);
        var answers = AnswersJsonReader.Read(File.ReadAllText(path), file, questionnaire);
        Assert.True(answers.Ok, string.Join("\n", answers.Problems));
        return answers.Value!;
    }

    private static string Section(int index, string questions, string? visibleWhen) =>
        $$"""{ "key": "s{{index + 1}}", "title": "Sectie", {{(visibleWhen is null ? "" : $"\"visibleWhen\": \"{visibleWhen}\",")}} "questions": [ {{questions}} ] }""";
}
