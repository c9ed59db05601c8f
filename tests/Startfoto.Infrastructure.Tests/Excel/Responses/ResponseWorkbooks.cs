using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Excel.Responses;
using Startfoto.Infrastructure.Tests.Questionnaires.XlsForm;

namespace Startfoto.Infrastructure.Tests.Excel.Responses;

/// <summary>Questionnaires, headers and answers to write and read response workbooks with.</summary>
static class ResponseWorkbooks
{
    public static readonly DateOnly Today = new(2025, 3, 1);

    /// <summary>Every question type, n.v.t. and weet niet on a choice, a number and a date, a calculation, a condition.</summary>
    public const string TestJson = """
        { "key": "testlijst", "version": 2, "title": "Testlijst", "kind": "other", "level": "gemeente",
          "sections": [ { "key": "alg", "title": "Algemeen", "questions": [
            { "key": "vorm", "type": "singleChoice", "label": "Welke vorm?", "help": "Kies er één.", "required": true,
              "notApplicable": true, "comment": true,
              "options": [ { "value": "licht", "label": "Lichte vorm" }, { "value": "zwaar", "label": "Zware vorm, met toezicht" } ] },
            { "key": "taken", "type": "multipleChoice", "label": "Welke taken?", "dontKnow": true,
              "options": [ { "value": "a", "label": "Advies" }, { "value": "b", "label": "Begeleiding" }, { "value": "c", "label": "Crisis" } ] },
            { "key": "domeinen", "type": "matrix", "label": "Afspraken met",
              "options": [ { "value": "ja", "label": "Ja" }, { "value": "nee", "label": "Nee" } ],
              "rows": [ { "key": "ggz", "label": "GGZ" }, { "key": "wonen", "label": "Wonen" } ] },
            { "key": "fte", "type": "number", "label": "Hoeveel fte?", "min": 0, "max": 100, "decimals": 1, "dontKnow": true },
            { "key": "teams", "type": "number", "label": "Hoeveel teams?", "required": true },
            { "key": "dubbel", "type": "calculated", "calculation": "${teams} * 2" },
            { "key": "start", "type": "date", "label": "Sinds wanneer?", "notApplicable": true },
            { "key": "naam", "type": "shortText", "label": "Naam van het team" },
            { "key": "toezicht", "type": "longText", "label": "Hoe is het toezicht geregeld?", "visibleWhen": "${vorm} = 'zwaar'" }
          ] } ] }
        """;

    public static Questionnaire Test { get; } = Compile(TestJson, "testlijst.json");

    public static Questionnaire ShippedStartfoto { get; } = Shipped("startfoto.json");

    public static Questionnaire ShippedRobuustheidsscan { get; } = Shipped("robuustheidsscan.json");

    public static Questionnaire Shipped(string file) =>
        Compile(File.ReadAllText(Path.Combine(XlsFormFixture.QuestionnairesFolder, file)), file);

    static Questionnaire Compile(string json, string file)
    {
        var definition = QuestionnaireJsonReader.Read(json, file);
        Assert.True(definition.Ok, string.Join("\n", definition.Problems));
        var compiled = QuestionnaireCompiler.Compile(definition.Value!, file);
        Assert.True(compiled.Ok, string.Join("\n", compiled.Problems));
        return compiled.Value!;
    }

    public static readonly Guid Round = Guid.Parse("8c1d2f0e-1111-4a2b-9c3d-000000002025"), Response = Guid.Parse("5e0a9b7c-2222-4d3e-8f1a-000000000546");

    public static ResponseWorkbookHeader Leiden(Questionnaire q) => new(Round, Response, "GM0546", "Leiden", "Startfoto 2025",
        q.Definition.Key, q.Definition.Version, q.Definition.Title, new DateTimeOffset(2025, 2, 14, 9, 30, 0, TimeSpan.FromHours(1)));

    public static ResponseWorkbookHeader HollandRijnland(Questionnaire q) =>
        Leiden(q) with { RespondentCode = "JZ18", RespondentName = "Holland Rijnland", RoundName = "Robuustheidsscan 2025" };

    public static readonly IReadOnlyDictionary<string, CurrentAnswer> Unanswered = new Dictionary<string, CurrentAnswer>();

    /// <summary>The test questionnaire half answered: a label with a comma, a multiple choice, a matrix row, a decimal, a date, a text on two lines.</summary>
    public static Dictionary<string, CurrentAnswer> TestAnswers() => new()
    {
        ["vorm"] = new(Value.String("zwaar"), "Sinds de herindeling"),
        ["taken"] = new(Value.String("a c")),
        ["domeinen.ggz"] = new(Value.String("ja")),
        ["fte"] = new(Value.Number(12.5)),
        ["teams"] = new(Value.Number(3)),
        ["start"] = new(Value.Date(new DateOnly(2024, 12, 31))),
        ["toezicht"] = new(Value.String("Door de GGD.\nEn de inspectie.")),
    };

    /// <summary>
    /// An answer of its type for every respondent slot, with n.v.t. and weet niet where offered now and then,
    /// and a toelichting where allowed: valid for any definition without constraints.
    /// </summary>
    public static Dictionary<string, CurrentAnswer> EveryType(Questionnaire q)
    {
        var answers = new Dictionary<string, CurrentAnswer>();
        foreach (var (slot, i) in q.Slots.Where(s => !s.IsCalculated && !s.IsConversation).Select((s, i) => (s, i)))
        {
            var question = slot.Question;
            var value = (i % 7, question.NotApplicable, question.DontKnow) switch
            {
                (3, true, _) => Value.String(Question.NotApplicableValue),
                (5, _, true) => Value.String(Question.DontKnowValue),
                _ => slot.Type switch
                {
                    AnswerType.SelectOne => Value.String(question.Options[i % question.Options.Length].Value),
                    AnswerType.SelectMultiple => Value.String(string.Join(' ', question.Options.Take(2).Select(o => o.Value))),
                    AnswerType.Integer or AnswerType.Decimal => Value.Number(Math.Clamp(question.Number?.Decimals is 0 || slot.Type == AnswerType.Integer ? 12 : 12.5,
                        question.Number?.Min ?? double.MinValue, question.Number?.Max ?? double.MaxValue)),
                    AnswerType.Date => Value.Date(new DateOnly(2024, 12, 31)),
                    _ => Value.String($"Antwoord op {slot.Key}:\nop twee regels."),
                },
            };
            answers[slot.Key] = new CurrentAnswer(value, question.AllowComment && i % 2 == 0 ? $"Toelichting bij {slot.Key}" : null);
        }
        return answers;
    }

    public static byte[] Write(Questionnaire q, IReadOnlyDictionary<string, CurrentAnswer>? answers = null, ResponseWorkbookHeader? header = null) =>
        ResponseWorkbookWriter.Write(q, header ?? Leiden(q), answers ?? TestAnswers());

    public static Result<WorkbookChanges> Read(byte[] file, Questionnaire q, IReadOnlyDictionary<string, CurrentAnswer>? current = null,
        ResponseWorkbookHeader? expected = null, string fileName = "vragenlijst.xlsx") =>
        ResponseWorkbookReader.Read(file, fileName, q, expected ?? Leiden(q), current ?? TestAnswers(), Today);

    /// <summary>The Excel row of a key on the sheet Vragenlijst, as the writer lays it out.</summary>
    public static int RowOf(Questionnaire q, string key) =>
        2 + q.Slots.Where(s => !s.IsCalculated && !s.IsConversation).Select(s => s.Key).ToList().IndexOf(key);

    public static WorkbookChanges Changes(Result<WorkbookChanges> result)
    {
        Assert.True(result.Ok, string.Join("\n", result.Problems.Select(p => p.ToLine())));
        return result.Value!;
    }

    /// <summary>The one problem with this code: its location, as the tests assert it.</summary>
    public static Problem Single(Result<WorkbookChanges> result, string code)
    {
        Assert.False(result.Ok, "the file was expected to have problems");
        return Assert.Single(result.Problems, p => p.Code == code);
    }
}
