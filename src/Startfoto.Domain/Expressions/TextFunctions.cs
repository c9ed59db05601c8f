using System.Text;

namespace Startfoto.Domain.Expressions;

/// <summary>String functions, ordinal and case-sensitive as Java's String methods.</summary>
internal static class TextFunctions
{
    public static Value Concat(Arguments a)
    {
        if (a.Count == 1) return Value.String(a.Text(0));
        var text = new StringBuilder();
        for (var i = 0; i < a.Count; i++) text.Append(a.Text(i));
        return Value.String(text.ToString());
    }

    /// <summary>UTF-16 code units, as Java's String.length().</summary>
    public static Value StringLength(Arguments a) => Value.Number(a.Text(0).Length);

    /// <summary>
    /// JavaRosa substring(): 0-based start, optional exclusive end; a negative start or end counts from the
    /// end; both clamp to the text; start after end gives ''.
    /// </summary>
    public static Value Substr(Arguments a)
    {
        var text = a.Text(0);
        var length = text.Length;
        var start = XPathNumber.JavaInt(Math.Truncate(a.Number(1)));
        var end = a.Count > 2 ? XPathNumber.JavaInt(Math.Truncate(a.Number(2))) : length;
        if (start < 0) start = length + start;
        if (end < 0) end = length + end;
        end = Math.Clamp(end, 0, length);
        start = Math.Clamp(start, 0, length);
        return Value.String(start <= end ? text[start..end] : "");
    }

    public static Value Contains(Arguments a) => Value.Boolean(a.Text(0).Contains(a.Text(1), StringComparison.Ordinal));

    public static Value StartsWith(Arguments a) => Value.Boolean(a.Text(0).StartsWith(a.Text(1), StringComparison.Ordinal));

    public static Value EndsWith(Arguments a) => Value.Boolean(a.Text(0).EndsWith(a.Text(1), StringComparison.Ordinal));
}
