using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Questionnaires.XlsForm;
using static Startfoto.Infrastructure.Tests.Questionnaires.XlsForm.XlsFormFixture;

namespace Startfoto.Infrastructure.Tests.Questionnaires.XlsForm;

/// <summary>Export then import keeps a definition's meaning: the same model, and the same evaluation of the same answers.</summary>
public sealed class XlsFormRoundTripTests
{
    static readonly DateOnly Today = new(2025, 6, 1);

    public static TheoryData<string> Instruments() => ["startfoto", "robuustheidsscan"];

    static QuestionnaireDefinition FromJson(string name) =>
        QuestionnaireJsonReader.Read(File.ReadAllText(Path.Combine(QuestionnairesFolder, $"{name}.json")), $"{name}.json").Value!;

    static QuestionnaireDefinition RoundTrip(QuestionnaireDefinition definition)
    {
        var result = XlsFormReader.Read(XlsFormWriter.Write(definition), "export.xlsx");
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Value!;
    }

    [Theory]
    [MemberData(nameof(Instruments))]
    public void A_shipped_definition_comes_back_from_its_export_unchanged(string name)
    {
        var definition = FromJson(name);

        Assert.Equal(Describe(definition), Describe(RoundTrip(definition)));
    }

    [Theory]
    [MemberData(nameof(Instruments))]
    public void The_shipped_xlsx_is_the_export_of_the_json_definition(string name)
    {
        var shipped = XlsFormReader.Read(File.ReadAllBytes(Path.Combine(QuestionnairesFolder, $"{name}.xlsx")), $"{name}.xlsx");

        Assert.True(shipped.Ok, $"{string.Join("\n", shipped.Problems)}\nRegenerate: ./startfoto questionnaire export questionnaires/{name}.json --out questionnaires/{name}.xlsx");
        Assert.Equal(Describe(FromJson(name)), Describe(shipped.Value!));
    }

    [Fact]
    public void The_example_answers_evaluate_the_same_on_the_json_and_the_round_tripped_startfoto()
    {
        var json = File.ReadAllText(Path.Combine(QuestionnairesFolder, "examples", "startfoto-voorbeeld.answers.json"));
        var (original, copy) = Compile("startfoto");

        var before = original.Evaluate(AnswersJsonReader.Read(json, "a.json", original).Value!, Today);
        var after = copy.Evaluate(AnswersJsonReader.Read(json, "a.json", copy).Value!, Today);

        Assert.Equal(States(before), States(after));
        Assert.Equal(before.Progress, after.Progress);
        Assert.Contains(States(before), s => !s.Visible); // the example does exercise a condition
    }

    [Theory]
    [InlineData("startfoto", 1)]
    [InlineData("startfoto", 2)]
    [InlineData("startfoto", 3)]
    [InlineData("robuustheidsscan", 1)]
    [InlineData("robuustheidsscan", 2)]
    [InlineData("robuustheidsscan", 3)]
    public void Generated_answers_evaluate_the_same_before_and_after_a_round_trip(string name, int seed)
    {
        var (original, copy) = Compile(name);
        var random = new Random(seed);
        var (a, b) = (original.NewAnswers(), copy.NewAnswers());
        foreach (var slot in original.Slots)
        {
            var value = Generate(slot, random);
            a[slot.Key] = value;
            b[slot.Key] = value;
        }

        var (before, after) = (original.Evaluate(a, Today), copy.Evaluate(b, Today));

        Assert.Equal(States(before), States(after));
        Assert.Equal(before.Progress, after.Progress);
    }

    [Fact]
    public void Conditions_constraints_and_calculations_keep_their_meaning_through_a_round_trip()
    {
        var definition = Import(("survey", """
            | type      | name   | label  | relevant    | constraint | constraint_message | calculation   | required |
            | integer   | aantal | Aantal |             | . <= 10    | Hooguit tien       |               | yes      |
            | calculate | dubbel |        |             |            |                    | ${aantal} * 2 |          |
            | text      | reden  | Reden  | ${dubbel} > 4 |          |                    |               | yes      |
            """));
        var copy = RoundTrip(definition);
        Assert.Equal(Describe(definition), Describe(copy));

        foreach (var aantal in new double[] { 1, 3, 11 })
        {
            var results = new[] { definition, copy }.Select(d =>
            {
                var q = QuestionnaireCompiler.Compile(d, "f").Value!;
                var answers = q.NewAnswers();
                answers["aantal"] = Value.Number(aantal);
                return States(q.Evaluate(answers, Today));
            }).ToList();
            Assert.Equal(results[0], results[1]);
        }
    }

    static (Questionnaire Original, Questionnaire Copy) Compile(string name)
    {
        var definition = FromJson(name);
        return (QuestionnaireCompiler.Compile(definition, name).Value!, QuestionnaireCompiler.Compile(RoundTrip(definition), name).Value!);
    }

    static List<(string Key, bool Visible, bool Required, string? Message, Value Value)> States(QuestionnaireEvaluation e) =>
        [.. e.All.Select(s => (s.Key, s.Visible, s.Required, s.Message, s.Value))];

    static Value Generate(AnswerSlot slot, Random random)
    {
        if (random.Next(6) == 0) return Value.Empty;
        var allowed = slot.AllowedValues;
        return slot.Type switch
        {
            AnswerType.SelectOne => Value.String(allowed[random.Next(allowed.Length)]),
            AnswerType.SelectMultiple => Value.String(string.Join(' ', allowed.Where(_ => random.Next(3) == 0))),
            AnswerType.Integer => Value.Number(random.Next(-5, 500)),
            AnswerType.Decimal => Value.Number(Math.Round(random.NextDouble() * 500, random.Next(4))),
            AnswerType.Date => Value.Date(Today.AddDays(random.Next(-400, 400))),
            AnswerType.Text => Value.String(random.Next(2) == 0 ? "tekst" : ""),
            _ => Value.Empty,
        };
    }
}
