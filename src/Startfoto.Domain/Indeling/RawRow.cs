using System.Collections.Immutable;

namespace Startfoto.Domain.Indeling;

/// <summary>One row of a file as read, before any meaning is given to it; Number is the 1-based row a user sees.</summary>
public sealed record RawRow(int Number, ImmutableArray<string> Cells)
{
    public string Cell(int index) => index < Cells.Length ? Cells[index] : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
