using System.Text.RegularExpressions;

namespace Startfoto.Domain.Indeling;

/// <summary>CBS jeugdregiocode, "JZ" and two digits. 2024 has JZ01–JZ43 without JZ40: check the pattern, never a range.</summary>
public readonly partial record struct JeugdregioCode(string Value)
{
    public static bool IsValid(string? text) => text is not null && Pattern().IsMatch(text);

    public override string ToString() => Value;

    [GeneratedRegex(@"^JZ\d{2}$")]
    private static partial Regex Pattern();
}
