using System.Globalization;
using System.Text.RegularExpressions;
using Startfoto.Domain.Expressions;
using Startfoto.Web.Components.Shared;

namespace Startfoto.Web.Features.FillingIn.Form;

/// <summary>A number as a Dutch respondent types and reads it: decimal comma, and a point read kindly.</summary>
public static partial class NumberText
{
    public static string Format(Value value) => AnswerValues.Number(value) is { } number
        ? number.ToString("0.##########", DutchFormat.Culture)
        : value.Kind == ValueKind.String && !AnswerValues.IsSpecial(value) ? value.ToXPathString() : "";

    /// <summary>
    /// "12,5", "1.250" and "1.250,5" as a Dutch reader means them, "12.5" as the point most likely means; text that
    /// is no number is kept as text, so the evaluation says "Vul een getal in" and the field still shows what was typed.
    /// </summary>
    public static Value Parse(string? text)
    {
        var t = (text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal);
        if (t.Length == 0) return Value.Empty;
        if (t.Contains(',', StringComparison.Ordinal) || Thousands().IsMatch(t))
            t = t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        return double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? Value.Number(number)
            : Value.String(text!.Trim());
    }

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$")]
    private static partial Regex Thousands();
}
