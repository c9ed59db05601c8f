using System.Collections.Immutable;
using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// The parts of an uploaded workbook the reader looks at, read once: the sheet names, the header property, and the
/// cells of the sheets "Vragenlijst" and "Over dit bestand" as values. A formula cell gives its cached result, as
/// MiniExcel reads it: nothing is ever calculated here.
/// </summary>
sealed class UploadedWorkbook
{
    UploadedWorkbook(ImmutableArray<string> sheetNames, ResponseWorkbookHeader? property, SheetRows? questions, SheetRows? about)
    {
        (SheetNames, Property, Questions, About) = (sheetNames, property, questions, about);
    }

    public ImmutableArray<string> SheetNames { get; }

    public ResponseWorkbookHeader? Property { get; }

    /// <summary>Null when the workbook has no such sheet.</summary>
    public SheetRows? Questions { get; }

    public SheetRows? About { get; }

    /// <summary>Null when the package cannot be read: MiniExcel and OpenXml report a broken part as whatever their readers throw.</summary>
    public static UploadedWorkbook? Open(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var names = MiniExcel.GetSheetNames(stream).ToImmutableArray();
            string? Find(string name) => names.FirstOrDefault(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase));
            var questions = Find(ResponseSheet.Name) is { } q ? SheetRows.Read(stream, q) : null;
            var about = Find(AboutSheet.Name) is { } a ? SheetRows.Read(stream, a) : null;
            stream.Position = 0;
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            return new UploadedWorkbook(names, HeaderProperty.Read(document), questions, about);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
