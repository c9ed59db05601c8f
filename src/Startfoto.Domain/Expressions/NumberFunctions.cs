using System.Globalization;

namespace Startfoto.Domain.Expressions;

/// <summary>number, int, round, min, max — as JavaRosa's XPathFuncExpr.</summary>
internal static class NumberFunctions
{
    private static readonly decimal[] PowersOfTen = [.. Enumerable.Range(0, 29).Select(p => Pow10(p))];
    private static readonly double[] DoublePowersOfTen = [.. Enumerable.Range(0, 16).Select(p => (double)Pow10(p))];

    public static Value Number(Arguments a) => Value.Number(a.Number(0));

    /// <summary>JavaRosa toInt: truncate towards zero (int(-2.7) is -2); NaN and ±Infinity stay.</summary>
    public static Value Int(Arguments a) => Value.Number(Math.Truncate(a.Number(0)));

    public static Value Round(Arguments a) =>
        Value.Number(RoundLikeJavaRosa(a.Number(0), a.Count > 1 ? XPathNumber.JavaInt(a.Number(1)) : 0));

    /// <summary>
    /// JavaRosa round(number, places), "like Excel": NaN/±Infinity stay; |places| &gt; 30 is NaN; places ≥ 0
    /// rounds the decimal text of the double (Double.toString → BigDecimal) half up when positive and half
    /// down when negative, i.e. halves go towards +∞: round(2.5) = 3, round(-2.5) = -2, round(1.005, 2) = 1.01.
    /// Places &lt; 0 computes (long)(x·10^places + 0.5)·10^-places, which JavaRosa also does for negative x
    /// (round(-36, -1) = -30); we follow it there too, so a form rounds the same in Collect and here.
    /// </summary>
    internal static double RoundLikeJavaRosa(double x, int places)
    {
        if (!double.IsFinite(x)) return x;
        if (places is > 30 or < -30) return double.NaN;
        if (places < 0)
        {
            var factor = Math.Pow(10, -places);
            return XPathNumber.JavaLong(x / factor + 0.5) * factor;
        }
        if (Math.Abs(x) >= 9007199254740992d) return x; // 2^53: already a whole number
        if (places <= 15 && RoundFast(x, places) is { } fast) return fast;
        Span<char> text = stackalloc char[32];
        if (!x.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture)
            || !decimal.TryParse(text[..written], NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
            return x;
        if (exact == 0) return x == 0 || places >= 28 ? x : 0; // below decimal's 28 places
        if (places >= exact.Scale) return x;
        var power = PowersOfTen[places];
        return (double)(decimal.Floor(exact * power + 0.5m) / power);
    }

    /// <summary>
    /// The same result without the decimal detour when x·10^places is small and not within 1e-6 of a half,
    /// where the error of binary x (below 3e-7 there) cannot move it across one.
    /// </summary>
    private static double? RoundFast(double x, int places)
    {
        var power = DoublePowersOfTen[places];
        var scaled = x * power;
        if (Math.Abs(scaled) >= 1e9) return null;
        var floor = Math.Floor(scaled);
        var fraction = scaled - floor;
        if (Math.Abs(fraction - 0.5) <= 1e-6) return null;
        var rounded = fraction > 0.5 ? floor + 1 : floor;
        return rounded == 0 ? 0 : rounded / power;
    }

    /// <summary>
    /// JavaRosa max/min skip arguments that are NaN (so empty answers) and give NaN when all are. JavaRosa
    /// starts max at Double.MIN_VALUE (the smallest positive double), so there max(-1, -2) is 4.9E-324; we
    /// start at -∞ (the fix CommCare's fork made, dimagi/commcare-core#615) and give -1.
    /// </summary>
    public static Value Max(Arguments a) => Value.Number(Extreme(a, Math.Max, double.NegativeInfinity));

    public static Value Min(Arguments a) => Value.Number(Extreme(a, Math.Min, double.PositiveInfinity));

    private static double Extreme(Arguments a, Func<double, double, double> pick, double start)
    {
        var result = start;
        var any = false;
        for (var i = 0; i < a.Count; i++)
        {
            var n = a.Number(i);
            if (double.IsNaN(n)) continue;
            result = pick(result, n);
            any = true;
        }
        return any ? result : double.NaN;
    }

    private static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++) result *= 10;
        return result;
    }
}
