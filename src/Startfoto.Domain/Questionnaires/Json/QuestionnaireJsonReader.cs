using System.Collections.Immutable;
using System.Text.Json;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires.Json;

/// <summary>
/// Reads a definition file (questionnaires/*.json) into a <see cref="QuestionnaireDefinition"/>, reporting every
/// structural problem located by file and key. Meaning (references, themes, expressions) is checked afterwards.
/// </summary>
public static class QuestionnaireJsonReader
{
    static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static Result<QuestionnaireDefinition> Read(string json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var at = new Location(File: file, Row: (int?)(e.LineNumber + 1), Column: e.BytePositionInLine is { } c ? $"{c + 1}" : null);
            return Result<QuestionnaireDefinition>.Failure(QuestionnaireProblems.InvalidJson(FirstSentence(e.Message), at));
        }
        using (document)
        {
            var problems = new List<Problem>();
            var definition = ReadRoot(document.RootElement, file, problems);
            return problems.Count == 0 ? Result<QuestionnaireDefinition>.Success(definition!) : Result<QuestionnaireDefinition>.Failure(problems);
        }
    }

    static QuestionnaireDefinition? ReadRoot(JsonElement root, string file, List<Problem> problems)
    {
        var at = new Location(File: file);
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(QuestionnaireProblems.WrongKind("(bestand)", "een JSON-object", at));
            return null;
        }
        var o = new JsonObject(root, at, problems,
            "key", "version", "title", "kind", "level", "description", "themes", "optionSets", "sections", "conversation", "scoring");
        o.ReportUnknown();
        var key = o.String("key", required: true) ?? "";
        var version = o.Integer("version", required: true) ?? 0;
        var title = o.String("title", required: true) ?? "";
        var kind = o.Enum<InstrumentKind>("kind", required: true) ?? InstrumentKind.Other;
        var level = o.Enum<QuestionnaireLevel>("level", required: true) ?? QuestionnaireLevel.Gemeente;
        var themes = o.Array("themes").Select((t, i) => ReadTheme(t, file, i, problems)).OfType<Theme>().ToImmutableArray();
        var optionSets = ReadOptionSets(o, file, problems);
        var questions = new QuestionJsonReader(file, optionSets, problems);
        var sections = o.Array("sections", required: true)
            .Select((s, i) => ReadSection(s, file, i, questions, problems)).OfType<Section>().ToImmutableArray();
        return new QuestionnaireDefinition(key, version, title, kind, level, o.String("description"), themes, sections,
            ReadConversation(o, file, questions, problems), ScoringJsonReader.Read(o, file, problems));
    }

    static Theme? ReadTheme(JsonElement e, string file, int index, List<Problem> problems)
    {
        var o = Object(e, new Location(File: file, Key: $"themes[{index}]"), problems, "key", "title", "description");
        if (o is null) return null;
        var key = o.String("key", required: true);
        var title = o.String("title", required: true);
        return key is null || title is null ? null : new Theme(key, title, o.String("description"));
    }

    static Dictionary<string, ImmutableArray<ChoiceOption>> ReadOptionSets(JsonObject root, string file, List<Problem> problems)
    {
        var sets = new Dictionary<string, ImmutableArray<ChoiceOption>>(StringComparer.Ordinal);
        if (!root.TryGet("optionSets", out var e)) return sets;
        if (e.ValueKind != JsonValueKind.Object)
        {
            problems.Add(QuestionnaireProblems.WrongKind("optionSets", "een object met lijsten", root.At));
            return sets;
        }
        foreach (var set in e.EnumerateObject())
            sets[set.Name] = QuestionJsonReader.ReadOptions(set.Value, new Location(File: file, Key: $"optionSets.{set.Name}"), problems);
        return sets;
    }

    static Section? ReadSection(JsonElement e, string file, int index, QuestionJsonReader questions, List<Problem> problems)
    {
        var o = Object(e, new Location(File: file, Key: $"sections[{index}]"), problems, "key", "title", "description", "visibleWhen", "questions");
        if (o is null) return null;
        var key = o.String("key", required: true) ?? $"sections[{index}]";
        var title = o.String("title", required: true) ?? "";
        var list = o.Array("questions", required: true)
            .Select((q, i) => questions.Read(q, $"{key}.questions[{i}]")).OfType<Question>().ToImmutableArray();
        return new Section(key, title, o.String("description"), list, o.String("visibleWhen"));
    }

    static ConversationFields ReadConversation(JsonObject root, string file, QuestionJsonReader questions, List<Problem> problems)
    {
        if (!root.TryGet("conversation", out var e)) return ConversationFields.None;
        var o = Object(e, new Location(File: file, Key: "conversation"), problems, "perTheme", "general");
        if (o is null) return ConversationFields.None;
        var perTheme = o.Array("perTheme").Select((q, i) => questions.Read(q, $"conversation.perTheme[{i}]")).OfType<Question>();
        var general = o.Array("general").Select((q, i) => questions.Read(q, $"conversation.general[{i}]")).OfType<Question>();
        return new ConversationFields([.. perTheme], [.. general]);
    }

    internal static JsonObject? Object(JsonElement e, Location at, List<Problem> problems, params string[] known)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            problems.Add(QuestionnaireProblems.WrongKind(at.Key ?? "(element)", "een object", at));
            return null;
        }
        var o = new JsonObject(e, at, problems, known);
        o.ReportUnknown();
        return o;
    }

    static string FirstSentence(string message) => message.Split(" Path:", 2)[0];
}
