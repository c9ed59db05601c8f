using System.Globalization;

namespace Startfoto.Domain.Expressions;

/// <summary>Number parsing and printing exactly as JavaRosa's XPathFuncExpr.toNumeric and toString do.</summary>
internal static class XPathNumber
{
    /// <summary>
    /// JavaRosa: replace ',' by '.', trim, allow only digits, '-' and '.', then Double.parseDouble; anything
    /// else (also "", "1e5", "+1", "Infinity") is NaN.
    /// </summary>
    public static double Parse(string text)
    {
        var s = TrimJava(text.AsSpan());
        if (s.IsEmpty) return double.NaN;
        var buffer = s.Length <= 64 ? stackalloc char[s.Length] : new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i] == ',' ? '.' : s[i];
            if (c is not ('-' or '.' or (>= '0' and <= '9'))) return double.NaN;
            buffer[i] = c;
        }
        return double.TryParse(buffer, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }

    /// <summary>
    /// JavaRosa: NaN, "0" below 1e-12, ±Infinity, an int when within 1e-12 of one (Java's (int) cast, so
    /// only within int range), otherwise Java's Double.toString (scientific below 1e-3 and from 1e7).
    /// </summary>
    public static string Format(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (Math.Abs(d) < 1e-12) return "0";
        if (double.IsInfinity(d)) return d < 0 ? "-Infinity" : "Infinity";
        var truncated = JavaInt(d);
        if (Math.Abs(d - truncated) < 1e-12) return truncated.ToString(CultureInfo.InvariantCulture);
        return JavaDoubleToString(d);
    }

    /// <summary>Java's (int) and Double.intValue(): truncate, saturate, NaN is 0.</summary>
    public static int JavaInt(double d) =>
        double.IsNaN(d) ? 0 : d >= int.MaxValue ? int.MaxValue : d <= int.MinValue ? int.MinValue : (int)d;

    /// <summary>Java's (long) cast: truncate, saturate, NaN is 0.</summary>
    public static long JavaLong(double d) =>
        double.IsNaN(d) ? 0 : d >= long.MaxValue ? long.MaxValue : d <= long.MinValue ? long.MinValue : (long)d;

    private static ReadOnlySpan<char> TrimJava(ReadOnlySpan<char> s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && s[start] <= ' ') start++;
        while (end > start && s[end - 1] <= ' ') end--;
        return s[start..end];
    }

    private static string JavaDoubleToString(double d)
    {
        var abs = Math.Abs(d);
        var sign = d < 0 ? "-" : "";
        // .NET's round-trip format and Java's Double.toString both give the shortest digits that round-trip.
        var shortest = abs.ToString("R", CultureInfo.InvariantCulture);
        if (abs >= 1e-3 && abs < 1e7) return sign + shortest;
        var (digits, exponent) = Decompose(shortest);
        var fraction = digits.Length > 1 ? digits[1..] : "0";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{digits[0]}.{fraction}E{exponent}");
    }

    /// <summary>"1.2345E-05" or "10000000000" → significant digits "12345" / "1" and exponent -5 / 10.</summary>
    private static (string Digits, int Exponent) Decompose(string shortest)
    {
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? shortest : shortest[..e];
        var exponent = e < 0 ? 0 : int.Parse(shortest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? mantissa.Length : point;
        var all = mantissa.Replace(".", "", StringComparison.Ordinal);
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        return (digits, integerDigits - leadingZeros - 1 + exponent);
    }
}
