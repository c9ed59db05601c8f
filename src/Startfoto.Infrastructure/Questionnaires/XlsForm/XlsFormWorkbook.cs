using System.Collections.Immutable;
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

    // extra_columns.xlsx declares A1:ISI513: SheetRows reads only the columns the header names.
    static XlsFormSheet ReadSheet(MemoryStream stream, string name, string file)
    {
        var sheet = SheetRows.Read(stream, name);
        return new XlsFormSheet(name, file, sheet.Header,
            [.. sheet.Rows.Select(row => new XlsFormRow(row.Number, [.. row.Cells.Select(c => CellText.Of(c).Trim())]))]);
    }
}
