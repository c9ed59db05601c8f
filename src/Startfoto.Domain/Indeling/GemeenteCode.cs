using System.Text.RegularExpressions;

namespace Startfoto.Domain.Indeling;

/// <summary>CBS gemeentecode, "GM" and four digits (GM0599 Rotterdam).</summary>
public readonly partial record struct GemeenteCode(string Value)
{
    public static bool IsValid(string? text) => text is not null && Pattern().IsMatch(text);

    public override string ToString() => Value;

    [GeneratedRegex(@"^GM\d{4}$")]
    private static partial Regex Pattern();
}
