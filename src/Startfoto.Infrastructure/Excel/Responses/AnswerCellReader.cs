using System.Globalization;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using P = Startfoto.Infrastructure.Excel.Responses.ResponseWorkbookProblems;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// One Antwoord cell → the value its slot stores, or a located problem and null. Accepts what the writer writes and
/// what people type: an option's label or value; numbers as number cells, "1,5" or "1.5"; dates as date cells,
/// "31-12-2024" or "2024-12-31". A text that starts with "=" is text: a cell is never calculated.
/// </summary>
static class AnswerCellReader
{
    static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    public static Value? Read(AnswerSlot slot, object? cell, Location at, List<Problem> problems)
    {
        if (CellText.IsBlank(cell)) return Value.Empty;
        var labels = new ChoiceLabels(slot);
        var text = CellText.Of(cell, CultureInfo.InvariantCulture).Trim();
        if (!slot.IsChoice && labels.SpecialValueOf(text) is { } special) return Value.String(special);
        var orSpecial = labels.HasSpecials ? $", of kies {string.Join(" of ", labels.SpecialLabels)}" : "";
        var (value, problem) = slot.Type switch
        {
            AnswerType.SelectOne => labels.ValueOf(text) is { } option
                ? (Value.String(option), null)
                : (default(Value?), P.NotAnOption(text, labels.Labels, at)),
            AnswerType.SelectMultiple => Options(labels, text, at),
            AnswerType.Integer or AnswerType.Decimal => Number(cell) is { } number
                ? (Value.Number(number), null)
                : (null, P.NotANumber(CellText.Of(cell, AnswerDisplay.Dutch), orSpecial, at)),
            AnswerType.Date => Date(cell) is { } date
                ? (Value.Date(date), null)
                : (null, P.NotADate(CellText.Of(cell, AnswerDisplay.Dutch), orSpecial, at)),
            _ => (Value.String(CellText.Of(cell, AnswerDisplay.Dutch)), null),
        };
        if (problem is not null) problems.Add(problem);
        return value;
    }

    /// <summary>Labels separated by ";" (or one per line), stored as option values in the definition's order.</summary>
    static (Value?, Problem?) Options(ChoiceLabels labels, string text, Location at)
    {
        var parts = text.Split([';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = parts.Where(p => labels.ValueOf(p) is null).ToList();
        if (unknown.Count > 0) return (null, P.NotAnOption(string.Join("; ", unknown), labels.Labels, at));
        var values = parts.Select(p => labels.ValueOf(p)!).Distinct().OrderBy(labels.OrderOf);
        return (Value.String(string.Join(' ', values)), null);
    }

    /// <summary>
    /// A comma makes the text Dutch ("1.500,5"); without one a point is the decimal point ("1.5"): Excel turns a
    /// Dutch "1.500" into the number 1500 itself, so a point reaches us in text only when it was meant as decimals.
    /// </summary>
    static double? Number(object? cell)
    {
        if (cell is double or float or decimal or int or long)
        {
            var d = Convert.ToDouble(cell, CultureInfo.InvariantCulture);
            return double.IsFinite(d) ? d : null;
        }
        if (cell is not string s) return null;
        var text = s.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        var (style, culture) = text.Contains(',', StringComparison.Ordinal)
            ? (NumberStyles.Float | NumberStyles.AllowThousands, AnswerDisplay.Dutch)
            : (NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.TryParse(text, style, culture, out var number) && double.IsFinite(number) ? number : null;
    }

    // A bare number in a date question is refused rather than read as an Excel serial date: "2024" would become 1905.
    static DateOnly? Date(object? cell) => cell switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        string s when DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        _ => null,
    };
}
