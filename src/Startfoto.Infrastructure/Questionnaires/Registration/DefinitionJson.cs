using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>
/// The stored and hashed forms of a definition file. Stored: the file's JSON without comments or trailing commas
/// (jsonb accepts neither), indented. Hashed: the canonical form — object properties sorted, no whitespace — so
/// reformatting or reordering a file is not a change, and any change to a value is.
/// </summary>
public static class DefinitionJson
{
    static readonly JsonDocumentOptions Read = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text as strict, indented JSON; the text must parse (the reader has checked it).</summary>
    public static string Normalise(string json)
    {
        using var document = JsonDocument.Parse(json, Read);
        return Write(document.RootElement);
    }

    /// <summary>Lower-case hex SHA-256 of the canonical form.</summary>
    public static string Hash(string json) => HashCanonical(json, _ => true);

    /// <summary>
    /// The hash of the questions alone: the canonical form without the "scoring" part, whose rules are versioned on their
    /// own, so new rules never demand a new questionnaire version.
    /// </summary>
    public static string QuestionsHash(string json) => HashCanonical(json, name => name != "scoring");

    static string HashCanonical(string json, Func<string, bool> keepTopLevel)
    {
        using var document = JsonDocument.Parse(json, Read);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            WriteCanonical(document.RootElement, writer, keepTopLevel);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>Stored JSON (jsonb gives it back on one line, properties in its own order) made readable for a download.</summary>
    public static string Pretty(string json)
    {
        using var document = JsonDocument.Parse(json, Read);
        return Write(document.RootElement);
    }

    static string Write(JsonElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
            root.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    static void WriteCanonical(JsonElement e, Utf8JsonWriter writer, Func<string, bool>? keep = null)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var p in e.EnumerateObject().Where(p => keep?.Invoke(p.Name) != false).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(p.Name);
                    WriteCanonical(p.Value, writer);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in e.EnumerateArray()) WriteCanonical(item, writer);
                writer.WriteEndArray();
                break;
            default:
                e.WriteTo(writer);
                break;
        }
    }
}
