namespace Startfoto.Domain.Problems;

/// <summary>Where a problem is: a file, a sheet of a workbook, a row and column (1-based, as a user counts), a key or a span.</summary>
public sealed record Location(string? File = null, int? Row = null, string? Column = null, string? Key = null, TextSpan? Span = null, string? Sheet = null)
{
    public static readonly Location Nowhere = new();

    public static Location AtRow(int row, string? column = null) => new(Row: row, Column: column);

    /// <summary>Dutch, as shown next to a message: "rij 4, kolom gemeentecode" or "survey, rij 7, kolom calculation".</summary>
    public override string ToString()
    {
        var parts = new List<string>(5);
        if (File is not null) parts.Add(File);
        if (Sheet is not null) parts.Add(Sheet);
        if (Row is not null) parts.Add($"rij {Row}");
        if (Column is not null) parts.Add($"kolom {Column}");
        if (Key is not null) parts.Add(Key);
        if (Span is { } s) parts.Add($"positie {s.Start + 1}");
        return string.Join(", ", parts);
    }
}
