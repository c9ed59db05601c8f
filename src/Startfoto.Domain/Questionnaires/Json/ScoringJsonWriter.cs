using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Startfoto.Domain.Scoring;

namespace Startfoto.Domain.Questionnaires.Json;

/// <summary>Writes scoring rules in the shape <see cref="ScoringJsonReader"/> reads back to the same rules.</summary>
public static class ScoringJsonWriter
{
    public static string Write(ScoringRules rules)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(w, rules);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static void Write(Utf8JsonWriter w, ScoringRules rules)
    {
        w.WriteStartObject();
        w.WriteNumber("version", rules.Version);
        w.WriteNumber("minCoverage", rules.MinCoverage);
        w.WriteStartArray("needs");
        foreach (var n in rules.Needs)
        {
            w.WriteStartObject();
            w.WriteString("need", n.Need.Text());
            w.WriteNumber("from", n.From);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (!rules.Items.IsEmpty)
        {
            w.WriteStartArray("items");
            foreach (var item in rules.Items) WriteItem(w, item);
            w.WriteEndArray();
        }
        if (!rules.Floors.IsEmpty)
        {
            w.WriteStartArray("floors");
            foreach (var floor in rules.Floors)
            {
                w.WriteStartObject();
                w.WriteString("theme", floor.Theme);
                w.WriteString("when", floor.When);
                w.WriteString("need", floor.Need.Text());
                w.WriteString("reason", floor.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        WriteTier(w, rules.Tier);
        if (rules.AssessmentField is not null) w.WriteString("assessmentField", rules.AssessmentField);
        if (rules.RegioTheme is not null) w.WriteString("regioTheme", rules.RegioTheme);
        w.WriteEndObject();
    }

    static void WriteItem(Utf8JsonWriter w, ItemRule item)
    {
        w.WriteStartObject();
        w.WriteString("key", item.Key);
        if (item.Method != ItemMethod.Bands) w.WriteString("method", JsonObject.CamelCase(item.Method));
        if (!item.Bands.IsEmpty)
        {
            w.WriteStartArray("bands");
            foreach (var band in item.Bands)
            {
                w.WriteStartObject();
                if (band.Below is { } below) w.WriteNumber("below", below);
                if (band.UpTo is { } upTo) w.WriteNumber("upTo", upTo);
                w.WriteNumber("score", band.Score);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    static void WriteTier(Utf8JsonWriter w, TierRules tier)
    {
        w.WriteStartObject("tier");
        w.WriteString("label", tier.Label);
        w.WriteStartArray("themes");
        foreach (var t in tier.Themes) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteStartArray("tiers");
        foreach (var t in tier.Tiers) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteStartArray("rules");
        foreach (var rule in tier.Rules)
        {
            w.WriteStartObject();
            w.WriteString("tier", rule.Tier);
            w.WriteString("when", rule.When);
            if (rule.Description is not null) w.WriteString("description", rule.Description);
            if (rule.Flag is not null) w.WriteString("flag", rule.Flag);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("otherwise", tier.Otherwise);
        w.WriteEndObject();
    }
}
