using System.Text.Json;
using Startfoto.Domain.Scoring;

namespace Startfoto.Domain.Tests.Questionnaires.Json;

/// <summary>
/// questionnaires/schema/questionnaire.schema.json against the shipped definitions and the model. No JSON Schema validator
/// is among our packages, so this walks what editors rely on: declared properties, required ones and enums.
/// </summary>
public sealed class QuestionnaireSchemaTests
{
    static readonly string Folder = ShippedDefinitionsTests.QuestionnairesFolder();

    static JsonElement Schema() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "schema", "questionnaire.schema.json"))).RootElement;

    public static TheoryData<string> Files() => ShippedDefinitionsTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void A_shipped_definition_uses_only_what_the_schema_declares(string file)
    {
        var schema = Schema();
        var definition = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file))).RootElement;

        Assert.Empty(Check(definition, schema, schema, "$"));
        Assert.True(definition.TryGetProperty("scoring", out _), $"{file} has scoring rules, so the walk covered them");
    }

    [Fact]
    public void The_schema_offers_exactly_the_needs_and_item_methods_the_rules_know()
    {
        var defs = Schema().GetProperty("$defs");

        Assert.Equal(Needs.All.Select(n => n.Text()), EnumOf(defs.GetProperty("need")));
        Assert.Equal(Enum.GetValues<ItemMethod>().Select(m => char.ToLowerInvariant(m.ToString()[0]) + m.ToString()[1..]),
            EnumOf(defs.GetProperty("itemRule").GetProperty("properties").GetProperty("method")));
    }

    static IEnumerable<string> EnumOf(JsonElement schema) => schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

    static IEnumerable<string> Check(JsonElement value, JsonElement schema, JsonElement root, string path)
    {
        while (schema.TryGetProperty("$ref", out var reference))
            schema = root.GetProperty("$defs").GetProperty(reference.GetString()!.Split('/')[^1]);
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.GetRawText() == value.GetRawText()))
            yield return $"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}";
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var element in value.EnumerateArray())
                foreach (var problem in Check(element, items, root, $"{path}[{i++}]")) yield return problem;
        }
        if (value.ValueKind != JsonValueKind.Object) yield break;
        if (schema.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                yield return $"{path}: '{name}' is required";
        var declared = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in value.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var sub))
                foreach (var problem in Check(property.Value, sub, root, at)) yield return problem;
            else if (!schema.TryGetProperty("additionalProperties", out var extra) || extra.ValueKind == JsonValueKind.True) continue;
            else if (extra.ValueKind == JsonValueKind.False) yield return $"{at}: not declared in the schema";
            else foreach (var problem in Check(property.Value, extra, root, at)) yield return problem;
        }
    }
}
