using MiniExcelLibs;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Excel.Responses;
using static Startfoto.Infrastructure.Tests.Excel.Responses.ResponseWorkbooks;

namespace Startfoto.Infrastructure.Tests.Excel.Responses;

/// <summary>Files refused as a whole, before any row is read: located at the file, or at the sheet and cell that show why.</summary>
public sealed class ResponseWorkbookFileProblemTests
{
    static void AssertRefused(byte[] content, string code, string fileName = "vragenlijst.xlsx")
    {
        var result = Read(content, Test, fileName: fileName);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, new Location(File: fileName)), (problem.Code, problem.At));
    }

    static void AssertAt(Result<WorkbookChanges> result, string code, string sheet, int? row, string? column)
    {
        var problem = Single(result, code);
        Assert.Equal((sheet, row, column, "vragenlijst.xlsx"), (problem.At.Sheet, problem.At.Row, problem.At.Column, problem.At.File));
    }

    [Fact]
    public void A_file_over_5_MB_is_refused() => AssertRefused(BadResponseFiles.OverFiveMegabytes(), "XLR001");

    [Fact]
    public void An_old_xls_named_xlsx_is_no_xlsx() => AssertRefused(BadResponseFiles.LegacyXls(), "XLR002");

    [Fact]
    public void A_csv_named_xlsx_is_no_xlsx() => AssertRefused(BadResponseFiles.Csv(), "XLR002");

    [Fact]
    public void A_pdf_named_xlsx_is_no_xlsx() => AssertRefused(BadResponseFiles.Pdf(), "XLR002");

    [Fact]
    public void A_word_document_is_no_xlsx_although_it_is_a_zip() => AssertRefused(BadResponseFiles.Docx(), "XLR002", "vragenlijst.docx");

    [Fact]
    public void An_empty_file_is_no_xlsx() => AssertRefused([], "XLR002");

    [Fact]
    public void A_truncated_zip_is_corrupt() => AssertRefused(BadResponseFiles.Truncated(), "XLR003");

    [Fact]
    public void A_sheet_that_is_no_xml_is_corrupt() => AssertRefused(BadResponseFiles.BrokenSheetXml(), "XLR003");

    [Fact]
    public void A_zip_bomb_is_refused_unread() => AssertRefused(BadResponseFiles.ZipBomb(), "XLR004");

    [Fact]
    public void The_message_says_what_the_file_is_whatever_its_extension()
    {
        var problem = Assert.Single(Read(BadResponseFiles.LegacyXls(), Test).Problems);

        Assert.Contains("oud Excel-bestand (.xls)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_questions_sheet_is_reported_as_missing() =>
        AssertAt(Read(WorkbookEdit.Apply(Write(Test), e => e.RenameSheet("Vragenlijst", "Blad1")), Test), "XLR005", "Vragenlijst", null, null);

    [Fact]
    public void A_missing_column_is_reported_at_the_header_row() =>
        AssertAt(Read(WorkbookEdit.Apply(Write(Test), e => e.Text("F1", "Antwoorden")), Test), "XLR006", "Vragenlijst", 1, "Antwoord");

    [Fact]
    public void Columns_are_found_by_their_header_wherever_they_are_and_only_three_are_needed()
    {
        var sheets = new Dictionary<string, object>
        {
            ["Vragenlijst"] = new List<Dictionary<string, object?>>
            {
                new() { ["Toelichting"] = "Sinds de herindeling", ["Antwoord"] = "Lichte vorm", ["Sleutel"] = "vorm" },
            },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        var xlsx = WorkbookEdit.Apply(stream.ToArray(), e => HeaderProperty.Write(e.Document, Leiden(Test)));

        var changes = Changes(Read(xlsx, Test));

        Assert.Equal([("vorm", Value.String("licht"))], changes.Changes.Select(c => (c.Key, c.NewValue)));
        Assert.Equal(0, changes.UnchangedRows);
    }

    [Fact]
    public void A_workbook_Startfoto_did_not_write_is_reported() =>
        AssertAt(Read(BadResponseFiles.ForeignWorkbook(), Test), "XLR007", "Over dit bestand", null, null);

    [Fact]
    public void A_file_of_another_gemeente_says_whose_it_is()
    {
        var katwijk = Leiden(Test) with { RespondentCode = "GM0537", RespondentName = "Katwijk", ResponseId = Guid.NewGuid() };

        var result = Read(Write(Test, header: katwijk), Test);

        AssertAt(result, "XLR008", "Over dit bestand", 6, "Waarde");
        Assert.Equal("Dit bestand is van Katwijk (GM0537), niet van Leiden (GM0546). Upload het bestand van Leiden, of download de vragenlijst van Leiden en vul die in.",
            Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void A_file_of_another_round_names_that_round()
    {
        var result = Read(Write(Test, header: Leiden(Test) with { RoundId = Guid.NewGuid(), RoundName = "Startfoto 2024" }), Test);

        AssertAt(result, "XLR009", "Over dit bestand", 7, "Waarde");
        Assert.Contains("'Startfoto 2024', niet bij 'Startfoto 2025'", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_response_of_the_same_gemeente_and_round_is_refused() =>
        AssertAt(Read(Write(Test, header: Leiden(Test) with { ResponseId = Guid.NewGuid() }), Test), "XLR010", "Over dit bestand", 9, "Waarde");

    [Fact]
    public void A_file_of_another_questionnaire_is_refused() =>
        AssertAt(Read(Write(Test, header: Leiden(Test) with { QuestionnaireKey = "startfoto", QuestionnaireTitle = "Startfoto" }), Test),
            "XLR011", "Over dit bestand", 2, "Waarde");

    [Fact]
    public void A_file_of_an_older_version_is_refused() =>
        AssertAt(Read(Write(Test, header: Leiden(Test) with { QuestionnaireVersion = 1 }), Test), "XLR012", "Over dit bestand", 4, "Waarde");

    [Fact]
    public void A_regio_response_is_matched_on_its_jeugdregio_code()
    {
        var q = ShippedRobuustheidsscan;

        var result = Read(Write(q, Unanswered, HollandRijnland(q)), q, Unanswered, HollandRijnland(q) with { RespondentCode = "JZ19", RespondentName = "Kennemerland" });

        Assert.Contains("van Holland Rijnland (JZ18), niet van Kennemerland (JZ19)", Single(result, "XLR008").Message, StringComparison.Ordinal);
    }
}
