using System.Globalization;
using System.Text.Json;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires.Json;

/// <summary>
/// Reads the properties of one JSON object, collecting a located problem for each missing, mistyped or unknown
/// property instead of stopping at the first.
/// </summary>
sealed class JsonObject(JsonElement element, Location at, List<Problem> problems, params string[] known)
{
    public Location At => at;

    public void ReportUnknown()
    {
        foreach (var p in element.EnumerateObject())
            if (System.Array.IndexOf(known, p.Name) < 0 && !p.Name.StartsWith('$'))
                problems.Add(QuestionnaireProblems.UnknownProperty(p.Name, known, at));
    }

    public string? String(string name, bool required = false)
    {
        if (!element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required) problems.Add(QuestionnaireProblems.MissingProperty(name, at));
            return null;
        }
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        problems.Add(QuestionnaireProblems.WrongKind(name, "tekst", at));
        return null;
    }

    public double? Number(string name, bool required = false)
    {
        if (!element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required) problems.Add(QuestionnaireProblems.MissingProperty(name, at));
            return null;
        }
        if (v.ValueKind == JsonValueKind.Number) return v.GetDouble();
        problems.Add(QuestionnaireProblems.WrongKind(name, "een getal", at));
        return null;
    }

    public int? Integer(string name, bool required = false)
    {
        var n = Number(name, required);
        if (n is null) return null;
        if (n == Math.Floor(n.Value) && n is >= int.MinValue and <= int.MaxValue) return (int)n.Value;
        problems.Add(QuestionnaireProblems.WrongKind(name, "een geheel getal", at));
        return null;
    }

    public bool Boolean(string name)
    {
        if (!element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return false;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        problems.Add(QuestionnaireProblems.WrongKind(name, "true of false", at));
        return false;
    }

    public IEnumerable<JsonElement> Array(string name, bool required = false)
    {
        if (!element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required) problems.Add(QuestionnaireProblems.MissingProperty(name, at));
            return [];
        }
        if (v.ValueKind == JsonValueKind.Array) return v.EnumerateArray();
        problems.Add(QuestionnaireProblems.WrongKind(name, "een lijst", at));
        return [];
    }

    public bool TryGet(string name, out JsonElement value) =>
        element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>An enum written in camelCase in the file ("yesPartlyNo").</summary>
    public TEnum? Enum<TEnum>(string name, bool required = false) where TEnum : struct, Enum
    {
        var text = String(name, required);
        if (text is null) return null;
        foreach (var value in System.Enum.GetValues<TEnum>())
            if (string.Equals(CamelCase(value), text, StringComparison.Ordinal)) return value;
        problems.Add(QuestionnaireProblems.UnknownValue(name, text, System.Enum.GetValues<TEnum>().Select(CamelCase), at));
        return null;
    }

    public static string CamelCase<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var s = value.ToString();
        return char.ToLower(s[0], CultureInfo.InvariantCulture) + s[1..];
    }
}
