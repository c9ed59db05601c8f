using System.Collections.Immutable;
using MiniExcelLibs;

namespace Startfoto.Infrastructure.Excel;

/// <summary>
/// The cells of one sheet as MiniExcel reads them (string, double, DateTime, bool or null; a formula as its cached
/// result), by Excel row, with the header row's texts. Shared by the XLSForm and the response workbook readers.
/// </summary>
sealed class SheetRows(ImmutableArray<string> header, ImmutableArray<SheetRow> rows)
{
    /// <summary>Row 1, trimmed; its length bounds every row.</summary>
    public ImmutableArray<string> Header => header;

    /// <summary>The rows below the header.</summary>
    public ImmutableArray<SheetRow> Rows => rows;

    public int ColumnOf(string name) => header.IndexOf(name, 0, header.Length, StringComparer.OrdinalIgnoreCase);

    // A sheet can declare thousands of empty styled columns (extra_columns.xlsx: A1:ISI513), which MiniExcel would
    // expand in every row (mini-software/MiniExcel#705): read the header row first and then only the columns it names.
    public static SheetRows Read(Stream stream, string sheet)
    {
        stream.Position = 0;
        var first = stream.QueryRange(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX,
                startRowIndex: 1, startColumnIndex: 1, endRowIndex: 1, endColumnIndex: null)
            .Cast<IDictionary<string, object?>>().FirstOrDefault()?.Values.ToList() ?? [];
        var header = first.Select(c => CellText.Of(c).Trim()).ToList();
        while (header.Count > 0 && header[^1].Length == 0) header.RemoveAt(header.Count - 1);
        if (header.Count == 0) return new SheetRows([], []);

        stream.Position = 0;
        // Without a header row MiniExcel yields an empty row for each gap, so the n-th row is sheet row n.
        var rows = stream.QueryRange(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX,
                startRowIndex: 1, startColumnIndex: 1, endRowIndex: null, endColumnIndex: header.Count)
            .Cast<IDictionary<string, object?>>()
            .Select((cells, i) => new SheetRow(i + 1, [.. cells.Values]))
            .Skip(1);
        return new SheetRows([.. header], [.. rows]);
    }
}

