using System.Text.RegularExpressions;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>The type column of a survey row, parsed: what it is, its choice list, or why it is not supported.</summary>
sealed partial record SurveyType(SurveyType.Kind What, string Text, string? List = null, string? Unsupported = null)
{
    public enum Kind { Blank, Text, Integer, Decimal, Date, SelectOne, SelectMultiple, Calculate, BeginGroup, EndGroup, BeginRepeat, EndRepeat, Unsupported, Unknown }

    static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["note"] = "een losse mededeling hoort hier in de beschrijving (hint) van de groep",
        ["acknowledge"] = "gebruik select_one met de optie ja",
        ["time"] = "alleen een datum (date) wordt ondersteund",
        ["datetime"] = "alleen een datum (date) wordt ondersteund",
        ["range"] = "gebruik integer of decimal met min en max",
        ["rank"] = "gebruik select_multiple",
        ["trigger"] = "gebruik select_one met de optie ja",
        ["hidden"] = "gebruik calculate",
        ["phone number"] = "gebruik text, met een constraint als regex(., '^[0-9 +-]+$')",
    };

    static readonly string[] Media = ["image", "audio", "video", "file", "background-audio", "barcode"];
    static readonly string[] Geo = ["geopoint", "geotrace", "geoshape", "start-geopoint", "background-geopoint", "osm"];
    static readonly string[] Metadata = ["start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
        "email", "audit", "instanceid", "xml-external", "csv-external"];

    public bool IsQuestion => What is Kind.Text or Kind.Integer or Kind.Decimal or Kind.Date or Kind.SelectOne or Kind.SelectMultiple or Kind.Calculate;

    public static SurveyType Parse(string cell)
    {
        var text = Whitespace().Replace(cell.Trim(), " ");
        var lower = text.ToLowerInvariant();
        if (lower.Length == 0) return new(Kind.Blank, text);
        if (Select().Match(text) is { Success: true } m)
        {
            var multiple = m.Groups["kind"].Value.Contains("multiple", StringComparison.OrdinalIgnoreCase)
                || m.Groups["kind"].Value.Contains("all", StringComparison.OrdinalIgnoreCase);
            if (m.Groups["other"].Success)
                return new(Kind.Unsupported, text, Unsupported: "'or_other' (anders, namelijk) wordt niet ondersteund; voeg een optie 'anders' en een tekstvraag toe");
            return new(multiple ? Kind.SelectMultiple : Kind.SelectOne, text, m.Groups["list"].Value);
        }
        return lower switch
        {
            "text" or "string" => new(Kind.Text, text),
            "integer" or "int" => new(Kind.Integer, text),
            "decimal" => new(Kind.Decimal, text),
            "date" => new(Kind.Date, text),
            "calculate" => new(Kind.Calculate, text),
            "begin group" or "begin_group" => new(Kind.BeginGroup, text),
            "end group" or "end_group" => new(Kind.EndGroup, text),
            "begin repeat" or "begin_repeat" => new(Kind.BeginRepeat, text, Unsupported: "herhalende groepen (repeat) worden niet ondersteund"),
            "end repeat" or "end_repeat" => new(Kind.EndRepeat, text),
            _ when Reasons.TryGetValue(lower, out var reason) || Reasons.TryGetValue(lower.Split(' ')[0], out reason) =>
                new(Kind.Unsupported, text, Unsupported: reason),
            _ when Media.Contains(lower) => new(Kind.Unsupported, text, Unsupported: "foto's, geluid, video, bestanden en barcodes worden niet ondersteund"),
            _ when Geo.Contains(lower.Split(' ')[0]) => new(Kind.Unsupported, text, Unsupported: "locaties en kaarten worden niet ondersteund"),
            _ when Metadata.Contains(lower) || lower.StartsWith("uri:", StringComparison.Ordinal) =>
                new(Kind.Unsupported, text, Unsupported: "apparaat- en metagegevens worden niet verzameld; het platform legt zelf vast wie wanneer antwoordt"),
            _ when lower.StartsWith("select_one_", StringComparison.Ordinal) || lower.StartsWith("select_multiple_", StringComparison.Ordinal) =>
                new(Kind.Unsupported, text, Unsupported: "keuzelijsten uit een extern bestand worden niet ondersteund; zet de opties in 'choices'"),
            _ => new(Kind.Unknown, text),
        };
    }

    [GeneratedRegex(@"^(?<kind>select[_ ]one|select[_ ]multiple|select all that apply)(?:[_ ]from)?\s+(?<list>[^\s]+)(?<other>\s+or[_ ]other|\s+or specify other)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Select();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
