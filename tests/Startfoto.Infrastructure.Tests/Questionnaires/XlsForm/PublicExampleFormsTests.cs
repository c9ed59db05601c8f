using Startfoto.Infrastructure.Questionnaires.XlsForm;
using static Startfoto.Infrastructure.Tests.Questionnaires.XlsForm.XlsFormFixture;

namespace Startfoto.Infrastructure.Tests.Questionnaires.XlsForm;

/// <summary>The pyxform example forms (tests/fixtures/xlsform, from ../shared/xlsform): each imports, or says where and what is wrong.</summary>
public sealed class PublicExampleFormsTests
{
    public static TheoryData<string> Files() => [.. Directory.GetFiles(Examples, "*.xlsx").Select(f => Path.GetFileName(f)!).Order()];

    static Domain.Problems.Result<Domain.Questionnaires.QuestionnaireDefinition> Read(string file) =>
        XlsFormReader.Read(File.ReadAllBytes(Path.Combine(Examples, file)), file);

    [Fact]
    public void The_shared_folder_holds_the_fourteen_example_forms() => Assert.Equal(14, Files().Count);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_example_form_imports_or_gives_problems_located_by_sheet_and_row(string file)
    {
        var result = Read(file);

        if (result.Ok) Assert.NotEmpty(result.Value!.Questions);
        else Assert.All(result.Problems, p =>
        {
            Assert.Equal(file, p.At.File);
            if (p.Code != "XLS004") Assert.True(p.At is { Sheet: not null, Row: not null }, $"not located: {p}");
        });
    }

    [Fact]
    public void A_workbook_without_a_survey_sheet_names_the_sheets_it_has()
    {
        var problem = Assert.Single(Read("survey_no_name.xlsx").Problems);

        Assert.Equal("XLS004", problem.Code);
        Assert.Equal("survey_no_name.xlsx: Werkblad 'survey' ontbreekt (de werkmap heeft: 'Sheet1'). Noem het werkblad met de vragen 'survey'.", problem.ToString());
    }

    [Fact]
    public void A_calculation_that_is_no_expression_is_reported_at_its_row_and_column()
    {
        var problem = Assert.Single(Read("bad_calc.xlsx").Problems);

        Assert.StartsWith("EXPR", problem.Code);
        Assert.Equal(("survey", 2, "calculation"), (problem.At.Sheet, problem.At.Row, problem.At.Column));
        Assert.StartsWith("bad_calc.xlsx, survey, rij 2, kolom calculation, positie ", problem.At.ToString());
    }

    [Fact]
    public void A_column_header_written_twice_is_reported_with_both_columns()
    {
        var problems = Read("duplicate_columns.xlsx").Problems;

        var duplicate = Assert.Single(problems, p => p.Code == "XLS006");
        Assert.Equal("survey, rij 1, kolom label: Kolom 'label' staat twee keer in de kopregel (kolom D en E); verwijder er één.", Line(duplicate));
        Assert.Contains(problems, p => p.Message.Contains("'geopoint'", StringComparison.Ordinal) && p.At.Row == 35);
        Assert.Contains(problems, p => p.Message.Contains("'begin repeat'", StringComparison.Ordinal) && p.At.Row == 16);
    }

    [Fact]
    public void Upper_case_sheet_and_column_names_are_read_and_only_unsupported_features_are_reported()
    {
        var problems = Read("case_insensitivity.xlsx").Problems;

        Assert.DoesNotContain(problems, p => p.Code is "XLS004" or "XLS005" or "XLS007");
        Assert.Equal(
        [
            "EXTERNAL_CHOICES, rij 1: XLS023", "ENTITIES, rij 1: XLS023", "OSM, rij 1: XLS023",
            "SURVEY, rij 3, kolom CHOICE_FILTER: XLS008", "SURVEY, rij 3, kolom TYPE: XLS009", "SURVEY, rij 4, kolom TYPE: XLS009",
        ], problems.Select(p => $"{p.At with { File = null }}: {p.Code}"));
    }

    [Fact]
    public void Hundreds_of_empty_trailing_rows_and_columns_are_ignored_quickly()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Read("extra_columns.xlsx");

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var question = Assert.Single(result.Value!.Questions);
        Assert.Equal(("a", "A", Domain.Questionnaires.QuestionType.ShortText), (question.Key, question.Label, question.Type));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void The_smallest_form_imports_with_its_english_labels_into_one_section()
    {
        var result = Read("text_and_integer.xlsx");

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var d = result.Value!;
        Assert.Equal(("text_and_integer", 1, "text_and_integer"), (d.Key, d.Version, d.Title));
        var section = Assert.Single(d.Sections);
        Assert.Equal(
            [("your_name", "ShortText", "What is your name?", false), ("your_age", "Number", "How many years old are you?", false)],
            section.Questions.Select(q => (q.Key, q.Type.ToString(), q.Label, q.Number is { Decimals: > 0 })));
    }

    [Fact]
    public void A_group_becomes_a_section_and_an_unsupported_type_inside_it_is_reported_at_its_row()
    {
        var problem = Assert.Single(Read("group.xlsx").Problems);

        Assert.Equal("XLS009", problem.Code);
        Assert.Equal(("survey", 4, "type"), (problem.At.Sheet, problem.At.Row, problem.At.Column));
        Assert.Contains("'phone number'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("or_other.xlsx", 2, "or_other")]
    [InlineData("specify_other.xlsx", 2, "or_other")]
    public void Or_other_is_reported_at_its_row(string file, int row, string word)
    {
        var problem = Assert.Single(Read(file).Problems, p => p.Code == "XLS009");

        Assert.Equal(row, problem.At.Row);
        Assert.Contains(word, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_spelling_select_one_from_list_imports()
    {
        var result = Read("yes_or_no_question.xlsx");

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(["yes", "no"], Assert.Single(result.Value!.Questions).Options.Select(o => o.Value));
    }
}
