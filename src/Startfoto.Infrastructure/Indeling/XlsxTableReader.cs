using System.Globalization;
using MiniExcelLibs;
using Startfoto.Domain.Indeling;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Excel;

namespace Startfoto.Infrastructure.Indeling;

/// <summary>
/// The first sheet of an Excel workbook, as cell values: formulas give their last calculated value, dates and numbers
/// are written invariantly. The zip is checked by <see cref="ZipBombGuard"/> before MiniExcel sees it.
/// </summary>
static class XlsxTableReader
{
    public static Result<RawTable> Read(byte[] bytes, string fileName)
    {
        var at = new Location(File: fileName);
        Problem? refused = ZipBombGuard.Check(bytes) switch
        {
            ZipBombGuard.Verdict.Corrupt => IndelingProblems.CorruptXlsx(at),
            ZipBombGuard.Verdict.NotAWorkbook => IndelingProblems.ZipWithoutWorkbook(at),
            ZipBombGuard.Verdict.TooLargeUnpacked => IndelingProblems.XlsxTooLargeUnpacked(at),
            _ => null,
        };
        if (refused is not null) return Result<RawTable>.Failure(refused);

        List<RawRow> rows;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            // Without a header row MiniExcel keys cells by column letter and yields an empty row for each gap,
            // so the n-th row is sheet row n (the sheet is read from A1).
            rows = [.. stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .Select((cells, i) => new RawRow(i + 1, [.. cells.Values.Select(Text)]))];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // MiniExcel reports a broken workbook as whatever its XML or zip reader throws.
            return Result<RawTable>.Failure(IndelingProblems.CorruptXlsx(at));
        }
        if (rows.FirstOrDefault(r => !r.IsBlank) is not { } header)
            return Result<RawTable>.Failure(IndelingProblems.EmptyFile(at));
        return Result<RawTable>.Success(new RawTable(header, [.. rows.Where(r => r.Number > header.Number)]));
    }

    static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
