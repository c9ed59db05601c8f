using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using MiniExcelLibs;
using static Startfoto.Infrastructure.Tests.Excel.Responses.ResponseWorkbooks;

namespace Startfoto.Infrastructure.Tests.Excel.Responses;

public sealed class ResponseWorkbookWriterTests
{
    static List<IDictionary<string, object?>> Sheet(byte[] xlsx, string name) =>
        [.. new MemoryStream(xlsx).Query(useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>()];

    static Worksheet Questions(SpreadsheetDocument d)
    {
        var sheet = d.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == "Vragenlijst");
        return ((WorksheetPart)d.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet!;
    }

    static List<CellFormat> Formats(SpreadsheetDocument d) =>
        [.. d.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>()];

    static T Inspect<T>(byte[] xlsx, Func<SpreadsheetDocument, T> inspect)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        return inspect(document);
    }

    [Fact]
    public void Each_respondent_slot_gets_a_row_in_slot_order_without_calculations()
    {
        var rows = Sheet(Write(Test), "Vragenlijst");

        Assert.Equal(["Sleutel", "Sectie", "Vraag", "Uitleg", "Toegestane waarden", "Antwoord", "Toelichting"], rows[0].Values);
        Assert.Equal(["vorm", "taken", "domeinen.ggz", "domeinen.wonen", "fte", "teams", "start", "naam", "toezicht"],
            rows.Skip(1).Select(r => r["A"]));
        Assert.Equal("Afspraken met – GGZ", rows[3]["C"]);
        Assert.Equal(("Algemeen", "Kies er één."), (rows[1]["B"], rows[1]["D"]));
    }

    [Fact]
    public void Answers_are_shown_as_labels_numbers_and_dates()
    {
        var rows = Sheet(Write(Test), "Vragenlijst");

        Assert.Equal("Zware vorm, met toezicht", rows[1]["F"]);
        Assert.Equal("Sinds de herindeling", rows[1]["G"]);
        Assert.Equal("Advies; Crisis", rows[2]["F"]);
        Assert.Equal("Ja", rows[3]["F"]);
        Assert.Equal(12.5, rows[5]["F"]);
        Assert.Equal("2024-12-31", rows[7]["F"]);
        Assert.Null(rows[8]["F"]);
    }

    [Fact]
    public void Allowed_values_name_the_labels_with_nvt_and_weet_niet_and_the_range()
    {
        var rows = Sheet(Write(Test), "Vragenlijst");

        Assert.Equal("Verplicht. Kies uit de lijst: Lichte vorm; Zware vorm, met toezicht; Niet van toepassing", rows[1]["E"]);
        Assert.Equal("Een of meer, gescheiden door een puntkomma: Advies; Begeleiding; Crisis. Of alleen Weet niet", rows[2]["E"]);
        Assert.Equal("Een getal met hooguit 1 cijfer achter de komma van 0 tot en met 100; of Weet niet", rows[5]["E"]);
        Assert.Equal("Een datum, zoals 31-12-2024; of Niet van toepassing", rows[7]["E"]);
    }

    [Fact]
    public void Single_choices_get_a_drop_down_list_from_the_hidden_sheet_and_multiple_choices_none()
    {
        var (validations, hidden, labels) = Inspect(Write(Test), d =>
        {
            var sheets = d.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().ToList();
            var validations = Questions(d).Descendants<DataValidation>()
                .Select(v => (v.Type!.Value, v.SequenceOfReferences!.InnerText, v.Formula1!.Text)).ToList();
            return (validations, sheets.Single(s => s.Name == "Keuzelijsten").State?.Value, Sheet(Write(Test), "Keuzelijsten"));
        });

        Assert.Equal(
        [
            (DataValidationValues.List, "F2", "'Keuzelijsten'!$A$2:$A$4"),
            (DataValidationValues.List, "F4 F5", "'Keuzelijsten'!$B$2:$B$3"),
        ], validations);
        Assert.Equal(SheetStateValues.Hidden, hidden);
        Assert.Equal(["Lichte vorm", "Zware vorm, met toezicht", "Niet van toepassing"], labels.Skip(1).Select(r => r["A"]));
    }

    [Fact]
    public void The_sheets_are_protected_with_only_answer_and_allowed_comment_cells_unlocked()
    {
        var locked = Inspect(Write(Test), d =>
        {
            var worksheet = Questions(d);
            Assert.True(worksheet.GetFirstChild<SheetProtection>()?.Sheet?.Value);
            var formats = Formats(d);
            return worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!,
                c => formats[(int)(c.StyleIndex?.Value ?? 0)].Protection?.Locked?.Value ?? true);
        });

        Assert.False(locked["F2"]);
        Assert.False(locked["G2"]); // vorm allows a comment
        Assert.True(locked["G3"]);  // taken does not
        Assert.True(locked["A2"]);
        Assert.True(locked["C2"]);
        Assert.True(locked["F1"]);
        Assert.All(Enumerable.Range(2, 9), row => Assert.False(locked[$"F{row}"]));
    }

    [Fact]
    public void The_header_row_is_frozen_the_questions_wrap_and_the_columns_have_widths()
    {
        var (pane, widths, wraps) = Inspect(Write(Test), d =>
        {
            var worksheet = Questions(d);
            var formats = Formats(d);
            var c2 = worksheet.Descendants<Cell>().Single(c => c.CellReference == "C2");
            return (worksheet.Descendants<Pane>().Single(),
                worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList(),
                formats[(int)c2.StyleIndex!.Value].Alignment?.WrapText?.Value);
        });

        Assert.Equal((1d, PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.State!.Value));
        Assert.Equal(7, widths.Count);
        Assert.True(widths[2] >= 50);
        Assert.True(wraps);
    }

    [Fact]
    public void The_header_is_stored_as_a_document_property_and_on_the_about_sheet()
    {
        var xlsx = Write(Test);

        var property = Inspect(xlsx, d => d.CustomFilePropertiesPart!.Properties!.Elements<CustomDocumentProperty>().Single());
        Assert.Equal("StartfotoResponse", property.Name!.Value);
        Assert.Contains(Response.ToString(), property.InnerText, StringComparison.Ordinal);
        var about = Sheet(xlsx, "Over dit bestand").ToDictionary(r => (string)r["A"]!, r => r["B"]);
        Assert.Equal(("GM0546", "Leiden", Round.ToString(), "2"), (about["Code"], about["Gemeente of jeugdregio"], about["Ronde-id"], about["Versie"]));
    }

    [Fact]
    public void The_written_package_is_valid_for_Excel()
    {
        var errors = Inspect(Write(ShippedStartfoto, EveryType(ShippedStartfoto)),
            d => new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(d).Select(e => $"{e.Part?.Uri}: {e.Description}").ToList());

        Assert.Empty(errors);
    }

    [Fact]
    public void A_text_that_looks_like_a_formula_is_written_as_text()
    {
        var answers = TestAnswers();
        answers["naam"] = new(Startfoto.Domain.Expressions.Value.String("=HYPERLINK(\"http://x\")"));

        var cell = Inspect(Write(Test, answers), d => Questions(d).Descendants<Cell>().Single(c => c.CellReference == "F9"));

        Assert.Null(cell.CellFormula);
        Assert.Equal("=HYPERLINK(\"http://x\")", cell.InnerText);
    }
}
