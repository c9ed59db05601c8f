using System.Text.Json;
using Startfoto.Domain.Expressions;

namespace Startfoto.Cli;

/// <summary>
/// A <see cref="Value"/> as JSON: a number as a number, a boolean as true/false, a date as "jjjj-mm-dd", text as a
/// string. NaN and ±Infinity have no JSON number, so they are the strings "NaN", "Infinity" and "-Infinity", as
/// XPath's string() writes them: unlike null they still say that a calculation went wrong rather than was empty.
/// </summary>
static class ValueJson
{
    public static void Write(Utf8JsonWriter writer, Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Number when double.IsFinite(value.ToNumber()):
                writer.WriteNumberValue(value.ToNumber());
                break;
            case ValueKind.Boolean:
                writer.WriteBooleanValue(value.ToBoolean());
                break;
            default:
                writer.WriteStringValue(value.ToXPathString());
                break;
        }
    }

    /// <summary>An answer: unanswered is null and a multiple choice a list of its option values.</summary>
    public static void WriteAnswer(Utf8JsonWriter writer, Value value, AnswerType type)
    {
        if (value.Kind == ValueKind.String && value.IsEmpty) writer.WriteNullValue();
        else if (type == AnswerType.SelectMultiple && value.Kind == ValueKind.String)
        {
            writer.WriteStartArray();
            foreach (var option in value.ToXPathString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) writer.WriteStringValue(option);
            writer.WriteEndArray();
        }
        else Write(writer, value);
    }

    public static JsonWriterOptions Options => new()
    {
        Indented = true,
        // Dutch text (ë, ï, €) stays readable; the output is a file or a terminal, never HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <param name="indented">False for one line, as JSON Lines (one result per line) want it.</param>
    public static string ToJson(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options with { Indented = indented })) write(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
