using System.Collections.Immutable;
using System.Globalization;
using MiniExcelLibs;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Excel;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// The sheets of an XLSForm workbook, found by name whatever their case. The content decides whether it is a
/// workbook, never the extension; the zip is checked by <see cref="ZipBombGuard"/> before MiniExcel sees it.
/// </summary>
sealed class XlsFormWorkbook(ImmutableArray<string> sheetNames, Dictionary<string, XlsFormSheet> sheets)
{
    public const long MaxBytes = 5L * 1024 * 1024;

    public ImmutableArray<string> SheetNames => sheetNames;

    public XlsFormSheet? Sheet(string name) => sheets.GetValueOrDefault(name);

    public static Result<XlsFormWorkbook> Read(byte[] bytes, string file)
    {
        var at = new Location(File: file);
        if (bytes.LongLength > MaxBytes) return Result<XlsFormWorkbook>.Failure(XlsFormProblems.FileTooLarge(MaxBytes, at));
        var (kind, looksLike) = FileSignature.Detect(bytes);
        if (kind != FileSignature.Kind.Zip)
        {
            var what = kind switch
            {
                FileSignature.Kind.LegacyOffice => "een oud Excel-bestand (.xls) of een met een wachtwoord beveiligde werkmap",
                FileSignature.Kind.Text or FileSignature.Kind.Utf16 => "tekst (JSON of CSV?)",
                _ => looksLike ?? "een binair bestand",
            };
            return Result<XlsFormWorkbook>.Failure(XlsFormProblems.NotAWorkbook(what, at));
        }
        switch (ZipBombGuard.Check(bytes))
        {
            case ZipBombGuard.Verdict.NotAWorkbook:
                return Result<XlsFormWorkbook>.Failure(XlsFormProblems.NotAWorkbook("een ander zip-bestand", at));
            case ZipBombGuard.Verdict.Corrupt or ZipBombGuard.Verdict.TooLargeUnpacked:
                return Result<XlsFormWorkbook>.Failure(XlsFormProblems.CorruptWorkbook(at));
        }
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var names = MiniExcel.GetSheetNames(stream).ToImmutableArray();
            var sheets = new Dictionary<string, XlsFormSheet>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in names) sheets.TryAdd(name.Trim(), ReadSheet(stream, name, file));
            return Result<XlsFormWorkbook>.Success(new XlsFormWorkbook(names, sheets));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // MiniExcel reports a broken workbook as whatever its XML or zip reader throws.
            return Result<XlsFormWorkbook>.Failure(XlsFormProblems.CorruptWorkbook(at));
        }
    }

    // A sheet can declare thousands of empty styled columns (extra_columns.xlsx: A1:ISI513), which MiniExcel would
    // expand in every row (mini-software/MiniExcel#705): read the header row first and only the columns it names.
    static XlsFormSheet ReadSheet(MemoryStream stream, string name, string file)
    {
        stream.Position = 0;
        var header = stream.QueryRange(useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX,
                startRowIndex: 1, startColumnIndex: 1, endRowIndex: 1, endColumnIndex: null)
            .Cast<IDictionary<string, object?>>().FirstOrDefault()?.Values.Select(Text).ToList() ?? [];
        while (header.Count > 0 && string.IsNullOrWhiteSpace(header[^1])) header.RemoveAt(header.Count - 1);
        if (header.Count == 0) return new XlsFormSheet(name, file, [], []);

        stream.Position = 0;
        // Without a header row MiniExcel yields an empty row for each gap, so the n-th row is sheet row n.
        var rows = stream.QueryRange(useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX,
                startRowIndex: 1, startColumnIndex: 1, endRowIndex: null, endColumnIndex: header.Count)
            .Cast<IDictionary<string, object?>>()
            .Select((cells, i) => new XlsFormRow(i + 1, [.. cells.Values.Select(Text)]))
            .Skip(1);
        return new XlsFormSheet(name, file, [.. header.Select(h => h.Trim())], [.. rows]);
    }

    static string Text(object? value) => (value switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    }).Trim();
}
