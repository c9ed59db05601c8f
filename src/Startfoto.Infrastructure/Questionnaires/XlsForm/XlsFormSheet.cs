using System.Collections.Immutable;
using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// One worksheet as read: the header row (row 1) normalised to lower case, and the rows under it with the row
/// number a user sees in Excel. Columns without a header and blank rows carry no meaning in XLSForm.
/// </summary>
sealed class XlsFormSheet(string name, string file, ImmutableArray<string> headers, ImmutableArray<XlsFormRow> rows)
{
    public string Name => name;

    /// <summary>Header texts as written, trimmed; index = column index.</summary>
    public ImmutableArray<string> Headers => headers;

    public ImmutableArray<XlsFormRow> Rows => rows;

    public IEnumerable<XlsFormRow> DataRows => rows.Where(r => !r.IsBlank);

    /// <summary>The first column whose normalised header is <paramref name="column"/>; -1 when absent.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < headers.Length; i++) if (Normalise(headers[i]) == column) return i;
        return -1;
    }

    public bool Has(string column) => IndexOf(column) >= 0;

    public string Cell(XlsFormRow row, string column) => IndexOf(column) is var i and >= 0 ? row.Cell(i) : "";

    /// <summary>The sheet as a whole, for what is missing from it rather than wrong in a row.</summary>
    public Location Whole => new(File: file, Sheet: name);

    public Location At(int row, string? column = null) => new(File: file, Row: row, Column: column, Sheet: name);

    public Location At(XlsFormRow row, int column) => At(row.Number, headers[column]);

    public Location At(XlsFormRow row, string column) => At(row.Number, IndexOf(column) is var i and >= 0 ? headers[i] : column);

    public Location Header(int column) => At(1, headers[column]);

    /// <summary>"LIST NAME", "list_name" and "List_Name" are one column; a language suffix keeps its own spelling.</summary>
    public static string Normalise(string header)
    {
        var text = header.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var (basePart, suffix) = colon < 0 ? (text, "") : (text[..colon], text[colon..]);
        return basePart.Trim().ToLowerInvariant().Replace(' ', '_') + suffix;
    }
}

/// <summary>One sheet row: its number as Excel shows it and its cells as text.</summary>
sealed record XlsFormRow(int Number, ImmutableArray<string> Cells)
{
    public string Cell(int index) => index < Cells.Length ? Cells[index] : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
