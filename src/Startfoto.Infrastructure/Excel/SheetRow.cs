using System.Collections.Immutable;

namespace Startfoto.Infrastructure.Excel;

/// <summary>One sheet row: its Excel number and its cells from column A on.</summary>
sealed record SheetRow(int Number, ImmutableArray<object?> Cells)
{
    public object? this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : null;
}
