using System.Text.RegularExpressions;

namespace Startfoto.Domain.Indeling;

/// <summary>CBS provinciecode, "PV" and two digits (PV28 Zuid-Holland).</summary>
public readonly partial record struct ProvincieCode(string Value)
{
    public static bool IsValid(string? text) => text is not null && Pattern().IsMatch(text);

    public override string ToString() => Value;

    [GeneratedRegex(@"^PV\d{2}$")]
    private static partial Regex Pattern();
}
