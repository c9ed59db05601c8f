using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Startfoto.Web.Tests.Features.FillingIn.Excel;

/// <summary>
/// Edits a downloaded workbook as a user in Excel would: typed text, numbers, cleared cells on the sheet Vragenlijst
/// (column A the key, F the answer, G the toelichting). A trimmed copy of the Infrastructure tests' WorkbookEdit.
/// </summary>
sealed class CellEdit(SpreadsheetDocument document)
{
    const string Questions = "Vragenlijst";

    public static byte[] Apply(byte[] xlsx, Action<CellEdit> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true)) edit(new CellEdit(document));
        return stream.ToArray();
    }

    public CellEdit Text(string reference, string text)
    {
        var cell = Cell(reference);
        (cell.CellFormula, cell.CellValue, cell.DataType) = (null, null, CellValues.InlineString);
        cell.InlineString = new InlineString(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        return this;
    }

    public CellEdit Number(string reference, double number)
    {
        var cell = Cell(reference);
        (cell.InlineString, cell.CellFormula, cell.DataType) = (null, null, null);
        cell.CellValue = new CellValue(number);
        return this;
    }

    public CellEdit Clear(string reference)
    {
        var cell = Cell(reference);
        (cell.InlineString, cell.CellFormula, cell.CellValue, cell.DataType) = (null, null, null, null);
        return this;
    }

    Cell Cell(string reference)
    {
        var sheet = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == Questions);
        var data = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet!.GetFirstChild<SheetData>()!;
        var number = uint.Parse(new string([.. reference.SkipWhile(char.IsLetter)]), CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().Single(r => r.RowIndex!.Value == number);
        if (row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference) is { } found) return found;
        var cell = new Cell { CellReference = reference };
        var next = row.Elements<Cell>().FirstOrDefault(c => Compare(c.CellReference!, reference) > 0);
        if (next is null) row.Append(cell);
        else row.InsertBefore(cell, next);
        return cell;
    }

    static int Compare(string a, string b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
}
