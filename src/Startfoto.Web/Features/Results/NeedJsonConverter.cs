using System.Text.Json;
using System.Text.Json.Serialization;
using Startfoto.Domain.Scoring;

namespace Startfoto.Web.Features.Results;

/// <summary>A need as its text, "geen" … "hoog", as the definitions and the tier rules write it.</summary>
public sealed class NeedJsonConverter : JsonConverter<Need>
{
    public override Need Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Needs.TryParse(reader.GetString(), out var need) ? need : throw new JsonException($"'{reader.GetString()}' is geen behoefte.");

    public override void Write(Utf8JsonWriter writer, Need value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text());
}
