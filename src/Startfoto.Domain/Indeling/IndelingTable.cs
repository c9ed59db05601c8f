using System.Collections.Immutable;

namespace Startfoto.Domain.Indeling;

/// <summary>
/// A valid indeling for one year: every gemeente once, sorted by code, each jeugdregio and provincie code with one name.
/// Made by <see cref="IndelingValidator"/> from a file or from stored rows.
/// </summary>
public sealed class IndelingTable
{
    IndelingTable(ImmutableArray<IndelingGemeente> gemeenten)
    {
        Gemeenten = gemeenten;
        Jeugdregios = [.. gemeenten
            .GroupBy(g => g.JeugdregioCode)
            .Select(r => new IndelingJeugdregio(r.Key, r.First().JeugdregioName))
            .OrderBy(r => r.Code.Value, StringComparer.Ordinal)];
    }

    public static readonly IndelingTable Empty = new([]);

    public ImmutableArray<IndelingGemeente> Gemeenten { get; }

    public ImmutableArray<IndelingJeugdregio> Jeugdregios { get; }

    public bool IsEmpty => Gemeenten.IsEmpty;

    /// <summary>Trusts its input to be consistent (unique codes, one name per regio): use it for rows already validated.</summary>
    public static IndelingTable FromValidRows(IEnumerable<IndelingGemeente> gemeenten) =>
        new([.. gemeenten.OrderBy(g => g.Code.Value, StringComparer.Ordinal)]);
}
