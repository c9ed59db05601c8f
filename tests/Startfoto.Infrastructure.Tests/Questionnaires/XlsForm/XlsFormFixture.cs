using System.Text.Json;
using MiniExcelLibs;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Infrastructure.Questionnaires.XlsForm;

namespace Startfoto.Infrastructure.Tests.Questionnaires.XlsForm;

/// <summary>Forms written inline as tables (pyxform's md= style), the shipped definitions and the public example forms.</summary>
static class XlsFormFixture
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Startfoto.sln not found");
    }

    public static string QuestionnairesFolder => Path.Combine(RepositoryRoot(), "questionnaires");

    /// <summary>The public pyxform example forms, copied from ../shared/xlsform into tests/fixtures/xlsform.</summary>
    public static string Examples => Path.GetFullPath(Path.Combine(RepositoryRoot(), "tests", "fixtures", "xlsform"));

    /// <summary>
    /// A workbook from sheets written as tables: "| type | name | label |" then one line per row; the first table
    /// line is the header. Cells are trimmed; an empty cell stays empty.
    /// </summary>
    public static byte[] Workbook(params (string Sheet, string Table)[] sheets)
    {
        var book = new Dictionary<string, object>();
        foreach (var (sheet, table) in sheets)
        {
            var lines = table.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|')).Select(Cells).ToList();
            var header = lines[0];
            book[sheet] = lines.Skip(1).Select(cells =>
            {
                var row = new Dictionary<string, object?>();
                for (var i = 0; i < header.Length; i++) row[header[i]] = i < cells.Length && cells[i].Length > 0 ? cells[i] : null;
                return row;
            }).ToList();
        }
        using var stream = new MemoryStream();
        stream.SaveAs(book, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    public static QuestionnaireDefinition Import(params (string Sheet, string Table)[] sheets)
    {
        var result = XlsFormReader.Read(Workbook(sheets), "form.xlsx");
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Value!;
    }

    public static IReadOnlyList<Problem> Problems(params (string Sheet, string Table)[] sheets)
    {
        var result = XlsFormReader.Read(Workbook(sheets), "form.xlsx");
        Assert.False(result.Ok, "the form was expected to have problems");
        return result.Problems;
    }

    /// <summary>"survey, rij 7, kolom type: message", as the CLI shows it after the file name.</summary>
    public static string Line(Problem p) => $"{(p.At with { File = null })}: {p.Message}";

    /// <summary>A definition as JSON: records compare ImmutableArrays by reference, this compares their contents.</summary>
    public static string Describe(QuestionnaireDefinition definition) =>
        JsonSerializer.Serialize(definition, new JsonSerializerOptions { WriteIndented = true });
}
