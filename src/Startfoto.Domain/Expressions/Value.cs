using System.Globalization;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// One XPath value. <c>default</c> is the empty string, which is what ODK reads for an unanswered question;
/// a multiple-choice answer is its option values separated by spaces. Conversions follow JavaRosa's
/// XPathFuncExpr.toNumeric / toBoolean / toString.
/// </summary>
public readonly struct Value : IEquatable<Value>
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    private readonly string? text;
    private readonly double number;

    private Value(ValueKind kind, string? text, double number)
    {
        Kind = kind;
        this.text = text;
        this.number = number;
    }

    public static Value Empty => default;

    public static Value True { get; } = new(ValueKind.Boolean, null, 1);

    public static Value False { get; } = new(ValueKind.Boolean, null, 0);

    public ValueKind Kind { get; }

    /// <summary>JavaRosa's isNull: the empty string or NaN, as coalesce() tests it.</summary>
    public bool IsEmpty => Kind switch
    {
        ValueKind.String => string.IsNullOrEmpty(text),
        ValueKind.Number => double.IsNaN(number),
        _ => false,
    };

    public static Value String(string text) => new(ValueKind.String, text, 0);

    public static Value Number(double number) => new(ValueKind.Number, null, number);

    public static Value Boolean(bool value) => value ? True : False;

    public static Value Date(DateOnly date) => new(ValueKind.Date, null, date.DayNumber - EpochDayNumber);

    /// <summary>The text of a string value, without conversion; "" for other kinds.</summary>
    internal string Text => text ?? "";

    /// <summary>Days since 1970-01-01, as JavaRosa's toNumeric(Date) gives.</summary>
    internal double DaysSinceEpoch => number;

    public DateOnly AsDate() => Kind == ValueKind.Date
        ? DateOnly.FromDayNumber(EpochDayNumber + (int)number)
        : throw new InvalidOperationException($"A {Kind} value is no date.");

    public double ToNumber() => Kind switch
    {
        ValueKind.String => XPathNumber.Parse(Text),
        _ => number,
    };

    public bool ToBoolean() => Kind switch
    {
        ValueKind.String => Text.Length > 0,
        ValueKind.Number => Math.Abs(number) > 1e-12 && !double.IsNaN(number),
        ValueKind.Boolean => number != 0,
        _ => true,
    };

    /// <summary>The XPath string: dates as yyyy-MM-dd, numbers as JavaRosa prints them, booleans true/false.</summary>
    public string ToXPathString() => Kind switch
    {
        ValueKind.String => Text,
        ValueKind.Number => XPathNumber.Format(number),
        ValueKind.Boolean => number != 0 ? "true" : "false",
        _ => AsDate().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Writes a date as yyyy-MM-dd without allocating; false for other kinds.</summary>
    internal bool TryFormatDate(Span<char> destination, out int written)
    {
        written = 0;
        return Kind == ValueKind.Date
            && AsDate().TryFormat(destination, out written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public bool Equals(Value other) => Kind == other.Kind && Text == other.Text && number.Equals(other.number);

    public override bool Equals(object? obj) => obj is Value other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Text, number);

    public static bool operator ==(Value left, Value right) => left.Equals(right);

    public static bool operator !=(Value left, Value right) => !left.Equals(right);

    public override string ToString() => Kind == ValueKind.String ? $"'{Text}'" : ToXPathString();
}
