using System.Globalization;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Web.Components.Shared;

namespace Startfoto.Web.Features.FillingIn.Form;

/// <summary>Between a stored <see cref="Value"/> and what an input shows or returns.</summary>
public static class AnswerValues
{
    /// <summary>The text of a string answer (an option value, a selection, a text); "" for other kinds.</summary>
    public static string Text(Value value) => value.Kind == ValueKind.String ? value.ToXPathString() : "";

    public static bool IsSpecial(Value value) => value.Kind == ValueKind.String && SpecialAnswers.IsSpecial(value.ToXPathString());

    public static double? Number(Value value) =>
        value.Kind == ValueKind.Number && !double.IsNaN(value.ToNumber()) ? value.ToNumber() : null;

    public static Value FromNumber(double? number) => number is { } n ? Value.Number(n) : Value.Empty;

    /// <summary>A date as a native date input takes it: yyyy-MM-dd.</summary>
    public static string DateText(Value value) => value.Kind == ValueKind.Date ? value.ToXPathString() : "";

    public static Value FromDateText(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Value.Date(date) : Value.Empty;

    public static Value FromText(string? text) => string.IsNullOrEmpty(text) ? Value.Empty : Value.String(text);

    /// <summary>Whether a multiple-choice answer (option values separated by spaces) holds this option.</summary>
    public static bool Holds(Value selection, string option) =>
        Text(selection).Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(option);

    /// <summary>
    /// A multiple-choice answer with one option switched on or off, in the question's option order. n.v.t. and weet
    /// niet stand alone: choosing one clears the rest, and choosing an option clears them.
    /// </summary>
    public static Value Toggle(Question question, Value selection, string option, bool on)
    {
        var chosen = Text(selection).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (!on) chosen.Remove(option);
        else if (SpecialAnswers.IsSpecial(option)) chosen = [option];
        else
        {
            chosen.RemoveWhere(SpecialAnswers.IsSpecial);
            chosen.Add(option);
        }
        var ordered = SpecialAnswers.WithOptions(question).Select(o => o.Value).Where(chosen.Contains);
        return FromText(string.Join(' ', ordered));
    }

    /// <summary>A value as a Dutch reader reads it: decimal comma, dates as d-M-yyyy.</summary>
    public static string Display(Value value) => value.Kind switch
    {
        ValueKind.Number => value.ToNumber().ToString("0.##########", DutchFormat.Culture),
        ValueKind.Date => value.AsDate().ToString("d-M-yyyy", DutchFormat.Culture),
        ValueKind.Boolean => value.ToBoolean() ? "ja" : "nee",
        _ => value.ToXPathString(),
    };
}
