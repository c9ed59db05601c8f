using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Startfoto.Browser.Tests;

/// <summary>Types into cells of the sheet Vragenlijst of a downloaded workbook, as a user in Excel would.</summary>
static class ExcelCells
{
    /// <summary>Each value by cell reference: a string as typed text, a double as a number cell.</summary>
    public static byte[] Type(byte[] xlsx, params (string Reference, object Value)[] cells)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var sheet = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == "Vragenlijst");
            var data = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet!.GetFirstChild<SheetData>()!;
            foreach (var (reference, value) in cells)
            {
                var number = uint.Parse(reference[1..], CultureInfo.InvariantCulture);
                // The download writes every cell of a question's row, empty ones included.
                var cell = data.Elements<Row>().Single(r => r.RowIndex!.Value == number).Elements<Cell>().Single(c => c.CellReference == reference);
                (cell.CellFormula, cell.CellValue, cell.InlineString, cell.DataType) = (null, null, null, null);
                if (value is double d) cell.CellValue = new CellValue(d);
                else (cell.InlineString, cell.DataType) = (new InlineString(new Text((string)value)), CellValues.InlineString);
            }
        }
        return stream.ToArray();
    }
}
