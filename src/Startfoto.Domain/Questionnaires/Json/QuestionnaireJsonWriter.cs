using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Startfoto.Domain.Questionnaires.Json;

/// <summary>
/// Writes a definition as the JSON that <see cref="QuestionnaireJsonReader"/> reads back to the same definition, in the
/// shape of questionnaires/*.json: properties in the schema's order, defaults left out (false, weight 1, empty lists,
/// null), and option lists that several questions share written once under optionSets.
/// </summary>
public static class QuestionnaireJsonWriter
{
    /// <summary>The schema next to the shipped definitions: an editor that opens the file in questionnaires/ finds it.</summary>
    public const string SchemaReference = "./schema/questionnaire.schema.json";

    static readonly JsonWriterOptions Options = new()
    {
        Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(QuestionnaireDefinition definition)
    {
        var sets = OptionSetNames.Of(definition);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaReference);
            w.WriteString("key", definition.Key);
            w.WriteNumber("version", definition.Version);
            w.WriteString("title", definition.Title);
            w.WriteString("kind", JsonObject.CamelCase(definition.Kind));
            w.WriteString("level", JsonObject.CamelCase(definition.Level));
            Optional(w, "description", definition.Description);
            if (!definition.Themes.IsEmpty)
            {
                w.WriteStartArray("themes");
                foreach (var theme in definition.Themes)
                {
                    w.WriteStartObject();
                    w.WriteString("key", theme.Key);
                    w.WriteString("title", theme.Title);
                    Optional(w, "description", theme.Description);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (sets.Sets.Count > 0)
            {
                w.WriteStartObject("optionSets");
                foreach (var (name, options) in sets.Sets)
                {
                    w.WritePropertyName(name);
                    WriteOptions(w, options);
                }
                w.WriteEndObject();
            }
            w.WriteStartArray("sections");
            foreach (var section in definition.Sections)
            {
                w.WriteStartObject();
                w.WriteString("key", section.Key);
                w.WriteString("title", section.Title);
                Optional(w, "description", section.Description);
                Optional(w, "visibleWhen", section.VisibleWhen);
                WriteQuestions(w, "questions", section.Questions, sets);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            var conversation = definition.Conversation;
            if (!conversation.PerTheme.IsEmpty || !conversation.General.IsEmpty)
            {
                w.WriteStartObject("conversation");
                if (!conversation.PerTheme.IsEmpty) WriteQuestions(w, "perTheme", conversation.PerTheme, sets);
                if (!conversation.General.IsEmpty) WriteQuestions(w, "general", conversation.General, sets);
                w.WriteEndObject();
            }
            if (definition.Scoring is { } scoring)
            {
                w.WritePropertyName("scoring");
                ScoringJsonWriter.Write(w, scoring);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    static void WriteQuestions(Utf8JsonWriter w, string name, IEnumerable<Question> questions, OptionSetNames sets)
    {
        w.WriteStartArray(name);
        foreach (var q in questions) WriteQuestion(w, q, sets);
        w.WriteEndArray();
    }

    static void WriteQuestion(Utf8JsonWriter w, Question q, OptionSetNames sets)
    {
        w.WriteStartObject();
        w.WriteString("key", q.Key);
        w.WriteString("type", JsonObject.CamelCase(q.Type));
        // The reader requires a label on every question but a calculation, and reads a missing one as "".
        if (q.Type != QuestionType.Calculated || q.Label.Length > 0) w.WriteString("label", q.Label);
        Optional(w, "help", q.Help);
        Flag(w, "required", q.Required);
        if (!q.Options.IsEmpty)
        {
            if (sets.NameOf(q.Options) is { } set) w.WriteString("options", set);
            else
            {
                w.WritePropertyName("options");
                WriteOptions(w, q.Options);
            }
        }
        if (!q.Rows.IsEmpty)
        {
            w.WriteStartArray("rows");
            foreach (var row in q.Rows)
            {
                w.WriteStartObject();
                w.WriteString("key", row.Key);
                w.WriteString("label", row.Label);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        Optional(w, "theme", q.Theme);
        if (q.Weight != 1) w.WriteNumber("weight", q.Weight);
        Optional(w, "visibleWhen", q.VisibleWhen);
        Optional(w, "constraint", q.Constraint);
        Optional(w, "constraintMessage", q.ConstraintMessage);
        Optional(w, "calculation", q.Calculation);
        if (q.Number is { } number)
        {
            if (number.Min is { } min) w.WriteNumber("min", min);
            if (number.Max is { } max) w.WriteNumber("max", max);
            // Any of the four makes the reader create the rules: rules with only defaults keep "decimals": 0.
            if (number.Decimals != 0 || number is { Min: null, Max: null, Unit: null }) w.WriteNumber("decimals", number.Decimals);
            Optional(w, "unit", number.Unit);
        }
        Flag(w, "notApplicable", q.NotApplicable);
        Flag(w, "dontKnow", q.DontKnow);
        Flag(w, "comment", q.AllowComment);
        Flag(w, "shareable", q.Shareable);
        w.WriteEndObject();
    }

    static void WriteOptions(Utf8JsonWriter w, IEnumerable<ChoiceOption> options)
    {
        w.WriteStartArray();
        foreach (var o in options)
        {
            w.WriteStartObject();
            w.WriteString("value", o.Value);
            w.WriteString("label", o.Label);
            Optional(w, "description", o.Description);
            if (o.Score is { } score) w.WriteNumber("score", score);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    static void Flag(Utf8JsonWriter w, string name, bool value)
    {
        if (value) w.WriteBoolean(name, true);
    }
}
