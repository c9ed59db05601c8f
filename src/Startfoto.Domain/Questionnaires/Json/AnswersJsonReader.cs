using System.Globalization;
using System.Text.Json;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires.Json;

/// <summary>
/// Reads an answers file, <c>{"answers": {"sleutel": waarde}}</c>, where a value is an option value, a list of option
/// values (multiple choice), a number, a text, a date as "jjjj-mm-dd", or null for unanswered. Every problem is
/// located at the answer's key.
/// </summary>
public static class AnswersJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Against a questionnaire: each key must be one of its slots and each value fit the question.</summary>
    public static Result<AnswerSet> Read(string json, string file, Questionnaire questionnaire) =>
        ReadAnswers(json, file, (answers, problems) =>
        {
            var set = questionnaire.NewAnswers();
            var reader = new AnswerValueReader(file, problems);
            foreach (var answer in answers)
            {
                if (questionnaire.TryFind(answer.Name, out var slot)) set[slot.Slot] = reader.Read(slot, answer.Value);
                else problems.Add(UnknownKey(questionnaire.Definition, answer.Name, new Location(File: file, Key: answer.Name)));
            }
            return set;
        });

    /// <summary>Without a questionnaire: every key becomes a question whose type follows from its JSON value.</summary>
    public static Result<InferredAnswers> ReadInferred(string json, string file) =>
        ReadAnswers(json, file, (answers, problems) =>
        {
            var symbols = new List<QuestionSymbol>();
            var values = new List<Value>();
            foreach (var answer in answers)
            {
                if (AnswerValueReader.Infer(answer.Value) is var (type, value))
                {
                    symbols.Add(new QuestionSymbol(answer.Name, symbols.Count, type));
                    values.Add(value);
                }
                else problems.Add(AnswerProblems.WrongKind(answer.Name, "tekst, een getal, true/false of een lijst teksten", new Location(File: file, Key: answer.Name)));
            }
            return new InferredAnswers(new ExpressionScope(symbols), [.. values]);
        });

    private static Result<T> ReadAnswers<T>(string json, string file, Func<IEnumerable<JsonProperty>, List<Problem>, T> read)
    {
        var at = new Location(File: file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var where = at with { Row = (int?)(e.LineNumber + 1), Column = e.BytePositionInLine is { } c ? (c + 1).ToString(CultureInfo.InvariantCulture) : null };
            return Result<T>.Failure(AnswerProblems.InvalidJson(e.Message.Split(" Path:", 2)[0], where));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("answers", out var answers)
                || answers.ValueKind != JsonValueKind.Object || root.EnumerateObject().Any(p => p.Name is not ("answers" or "$schema")))
                return Result<T>.Failure(AnswerProblems.NotAnAnswersFile(at));
            var problems = new List<Problem>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var distinct = new List<JsonProperty>();
            foreach (var answer in answers.EnumerateObject())
            {
                if (seen.Add(answer.Name)) distinct.Add(answer);
                else problems.Add(AnswerProblems.DuplicateKey(answer.Name, at with { Key = answer.Name }));
            }
            var result = read(distinct, problems);
            return problems.Count == 0 ? Result<T>.Success(result) : Result<T>.Failure(problems);
        }
    }

    private static Problem UnknownKey(QuestionnaireDefinition definition, string key, Location at) =>
        definition.Questions.FirstOrDefault(q => q.Key == key && q.Type == QuestionType.Matrix) is { Rows: [var first, ..] }
            ? AnswerProblems.MatrixKey(key, first.Key, at)
            : AnswerProblems.UnknownKey(key, at);
}
