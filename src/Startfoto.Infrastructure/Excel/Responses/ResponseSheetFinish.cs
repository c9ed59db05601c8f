using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// What MiniExcel cannot write, added with OpenXml: column widths and wrapped text, drop-down lists on the choice
/// answers, the sheets protected with only Antwoord and Toelichting editable, the list sheet hidden, and the
/// header as a document property.
/// </summary>
/// <remarks>
/// The protection has no password: it guards against typing over a key or a question by accident, not against a
/// user who means to change the sheet (Review › Unprotect sheet). The upload checks every cell either way.
/// </remarks>
static class ResponseSheetFinish
{
    public static byte[] Apply(byte[] workbook, ResponseWorkbookHeader header, IReadOnlyList<RowLayout> rows)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var book = document.WorkbookPart!;
            var styles = ResponseStyles.AddTo(book);

            var questions = WorksheetOf(book, ResponseSheet.Name);
            SetWidths(questions, ResponseSheet.Columns.Select(c => c.Width));
            StyleCells(questions, styles, (row, column) => row > 1 && IsEditable(rows[row - 2], column));
            AddDropDowns(questions, rows);
            Protect(questions);

            var about = WorksheetOf(book, AboutSheet.Name);
            SetWidths(about, [24, 90]);
            StyleCells(about, styles, (_, _) => false);
            Protect(about);

            if (SheetOf(book, OptionLists.SheetName) is { } lists)
            {
                lists.State = SheetStateValues.Hidden;
                Protect(WorksheetOf(book, OptionLists.SheetName));
            }
            HeaderProperty.Write(document, header);
        }
        return stream.ToArray();
    }

    static readonly string AnswerColumn = ResponseSheet.LetterOf(ResponseSheet.Answer), CommentColumn = ResponseSheet.LetterOf(ResponseSheet.Comment);

    static bool IsEditable(RowLayout row, string column) =>
        column == AnswerColumn || (column == CommentColumn && row.CommentAllowed);

    static Sheet? SheetOf(WorkbookPart book, string name) =>
        book.Workbook!.Sheets!.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == name);

    static Worksheet WorksheetOf(WorkbookPart book, string name) =>
        ((WorksheetPart)book.GetPartById(SheetOf(book, name)!.Id!.Value!)).Worksheet!;

    static void SetWidths(Worksheet sheet, IEnumerable<double> widths) =>
        WorksheetOrder.Place(sheet, new Columns(widths.Select((width, i) =>
            new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));

    /// <param name="editable">By Excel row number and column letter.</param>
    static void StyleCells(Worksheet sheet, ResponseStyles styles, Func<int, string, bool> editable)
    {
        foreach (var row in sheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            var number = (int)row.RowIndex!.Value;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = new string([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]);
                cell.StyleIndex = number == 1 ? styles.Header : editable(number, column) ? styles.Editable : styles.Locked;
            }
        }
    }

    static void AddDropDowns(Worksheet sheet, IReadOnlyList<RowLayout> rows)
    {
        var lists = rows.Select((row, i) => (row.ListRange, Cell: $"{AnswerColumn}{i + 2}"))
            .Where(r => r.ListRange is not null).GroupBy(r => r.ListRange!).ToList();
        if (lists.Count == 0) return;
        var validations = new DataValidations(lists.Select(list => new DataValidation(new Formula1(list.Key))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = "Kies uit de lijst",
            Error = "Kies een antwoord uit de lijst, of maak de cel leeg.",
            SequenceOfReferences = new ListValue<StringValue>(list.Select(r => new StringValue(r.Cell))),
        })) { Count = (uint)lists.Count };
        WorksheetOrder.Place(sheet, validations);
    }

    // Resizing columns and rows and filtering stay allowed ("false" means not protected).
    static void Protect(Worksheet sheet) => WorksheetOrder.Place(sheet, new SheetProtection
    {
        Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false, AutoFilter = false,
    });
}
