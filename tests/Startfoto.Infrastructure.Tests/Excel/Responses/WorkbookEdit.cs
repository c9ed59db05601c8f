using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Startfoto.Infrastructure.Tests.Excel.Responses;

/// <summary>Edits a written workbook the way a user in Excel would: typed text, numbers, dates and formulas in cells.</summary>
sealed class WorkbookEdit(SpreadsheetDocument document)
{
    public const string Questions = "Vragenlijst";

    public static byte[] Apply(byte[] xlsx, Action<WorkbookEdit> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true)) edit(new WorkbookEdit(document));
        return stream.ToArray();
    }

    public SpreadsheetDocument Document => document;

    /// <summary>Text as Excel stores a typed string that is no number: an inline string, never a formula.</summary>
    public WorkbookEdit Text(string reference, string text, string sheet = Questions)
    {
        var cell = Cell(sheet, reference);
        cell.CellFormula = null;
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        return this;
    }

    public WorkbookEdit Number(string reference, double number, string sheet = Questions)
    {
        var cell = Cell(sheet, reference);
        (cell.InlineString, cell.CellFormula, cell.DataType) = (null, null, null);
        cell.CellValue = new CellValue(number);
        return this;
    }

    /// <summary>A date cell as Dutch Excel makes of "31-12-2024": the serial day number in the built-in date format 14.</summary>
    public WorkbookEdit Date(string reference, DateOnly date, string sheet = Questions)
    {
        Number(reference, date.ToDateTime(TimeOnly.MinValue).ToOADate(), sheet);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!;
        formats.Append(new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true });
        formats.Count = (uint)formats.ChildElements.Count;
        Cell(sheet, reference).StyleIndex = formats.Count - 1;
        return this;
    }

    /// <summary>A formula with the result Excel last calculated; the reader must take <paramref name="cached"/>.</summary>
    public WorkbookEdit Formula(string reference, string formula, double cached, string sheet = Questions)
    {
        Number(reference, cached, sheet);
        Cell(sheet, reference).CellFormula = new CellFormula(formula);
        return this;
    }

    public WorkbookEdit Clear(string reference, string sheet = Questions)
    {
        var cell = Cell(sheet, reference);
        (cell.InlineString, cell.CellFormula, cell.CellValue, cell.DataType) = (null, null, null, null);
        return this;
    }

    public WorkbookEdit RenameSheet(string from, string to)
    {
        document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == from).Name = to;
        return this;
    }

    public Worksheet Worksheet(string name)
    {
        var sheet = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet!;
    }

    Cell Cell(string sheet, string reference)
    {
        var data = Worksheet(sheet).GetFirstChild<SheetData>()!;
        var number = uint.Parse(new string([.. reference.SkipWhile(char.IsLetter)]), System.Globalization.CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == number);
        if (row is null)
        {
            row = new Row { RowIndex = number };
            data.Append(row);
        }
        if (row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference) is { } found) return found;
        var cell = new Cell { CellReference = reference };
        var next = row.Elements<Cell>().FirstOrDefault(c => Compare(c.CellReference!, reference) > 0);
        if (next is null) row.Append(cell);
        else row.InsertBefore(cell, next);
        return cell;
    }

    static int Compare(string a, string b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
}
