namespace Startfoto.Domain.Expressions;

/// <summary>
/// JavaRosa XPathEqExpr: if either side is a boolean compare as booleans, else if either is a number compare
/// as numbers (within 1e-12, so NaN and Infinity never equal anything), else compare the strings exactly.
/// A date is neither boolean nor number there, so a date equals its yyyy-MM-dd text.
/// </summary>
internal static class XPathEquality
{
    public static bool AreEqual(Value a, Value b)
    {
        if (a.Kind == ValueKind.Boolean || b.Kind == ValueKind.Boolean) return a.ToBoolean() == b.ToBoolean();
        if (a.Kind == ValueKind.Number || b.Kind == ValueKind.Number) return Math.Abs(a.ToNumber() - b.ToNumber()) < 1e-12;
        if (a.Kind == ValueKind.Date && b.Kind == ValueKind.Date) return a.DaysSinceEpoch == b.DaysSinceEpoch;
        if (a.Kind == ValueKind.Date) return DateEqualsText(a, b.Text);
        if (b.Kind == ValueKind.Date) return DateEqualsText(b, a.Text);
        return string.Equals(a.Text, b.Text, StringComparison.Ordinal);
    }

    private static bool DateEqualsText(Value date, string text)
    {
        Span<char> buffer = stackalloc char[16];
        return date.TryFormatDate(buffer, out var written) && buffer[..written].SequenceEqual(text);
    }
}
