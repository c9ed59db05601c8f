using System.Text.Json;
using System.Text.Json.Serialization;
using Startfoto.Domain.Scoring;

namespace Startfoto.Web.Features.Results;

/// <summary>A <see cref="ScoreResult"/> as stored (jsonb) and as the API shows it: camelCase, needs and outcomes as text.</summary>
public static class ScoreResultJson
{
    public static readonly JsonSerializerOptions Options = AddConverters(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static string Write(ScoreResult result) => JsonSerializer.Serialize(result, Options);

    public static ScoreResult Read(string json) =>
        JsonSerializer.Deserialize<ScoreResult>(json, Options) ?? throw new JsonException("Een opgeslagen uitslag is leeg.");

    /// <summary>Before any general enum converter, so these win.</summary>
    public static JsonSerializerOptions AddConverters(JsonSerializerOptions options)
    {
        options.Converters.Insert(0, new NeedJsonConverter());
        options.Converters.Insert(0, new JsonStringEnumConverter<ItemOutcome>(JsonNamingPolicy.CamelCase));
        return options;
    }
}
