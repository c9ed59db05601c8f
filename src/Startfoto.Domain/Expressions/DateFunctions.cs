using System.Collections.Immutable;
using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// today() and date(). As in JavaRosa a date is its own kind of value: yyyy-MM-dd as text, days since
/// 1970-01-01 as number (so &lt; &gt; compare dates and today() - ${d} counts days), and always true.
/// </summary>
internal static class DateFunctions
{
    private static readonly DateOnly Epoch = new(1970, 1, 1);

    /// <summary>Today from the caller's clock (EvaluationContext.Today), never from DateTime.Now.</summary>
    public static Value Today(Arguments a) => Value.Date(a.Today);

    /// <summary>
    /// JavaRosa toDate(x, false): a number is whole days after 1970-01-01, '' and NaN stay as they are, text
    /// must be an ISO date (a time after 'T' is dropped). JavaRosa fails the evaluation on other text; we
    /// give NaN, its "no value", and report a literal that is no date when binding.
    /// </summary>
    public static Value Date(Arguments a)
    {
        var value = a[0];
        switch (value.Kind)
        {
            case ValueKind.Date:
                return value;
            case ValueKind.Number:
                var days = Math.Truncate(value.ToNumber());
                return days >= DateOnly.MinValue.DayNumber - Epoch.DayNumber && days <= DateOnly.MaxValue.DayNumber - Epoch.DayNumber
                    ? Value.Date(Epoch.AddDays((int)days))
                    : Value.Number(double.NaN);
            case ValueKind.String when value.Text.Length == 0:
                return value;
            case ValueKind.String when TryParse(value.Text, out var date):
                return Value.Date(date);
            default:
                return Value.Number(double.NaN);
        }
    }

    public static object? Check(ImmutableArray<BoundExpression> arguments, Location at, ICollection<Problem> problems)
    {
        if (arguments is [BoundExpression.Literal { Value.Kind: ValueKind.String } literal]
            && literal.Value.Text.Length > 0 && !TryParse(literal.Value.Text, out _))
            problems.Add(ExpressionProblems.NotADate(literal.Value.Text, at with { Span = literal.Span }));
        return null;
    }

    private static bool TryParse(string text, out DateOnly date)
    {
        var t = text.IndexOf('T', StringComparison.Ordinal);
        var datePart = t < 0 ? text.AsSpan() : text.AsSpan(0, t);
        return DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
