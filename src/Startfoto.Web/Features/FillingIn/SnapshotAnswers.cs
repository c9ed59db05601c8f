using System.Text.Json;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>The answers of a submitted snapshot as JSON: <c>{"key": {"value": "…", "comment": "…"}}</c>, stored texts.</summary>
public static class SnapshotAnswers
{
    public sealed record Entry(string? Value, string? Comment);

    public static string Write(IEnumerable<KeyValuePair<string, Entry>> answers) =>
        JsonSerializer.Serialize(answers.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value), Options);

    public static IReadOnlyDictionary<string, string?> Read(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, Entry>>(json, Options) ?? []).ToDictionary(a => a.Key, a => a.Value.Value, StringComparer.Ordinal);

    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
