using Startfoto.Domain.Questionnaires;
using static Startfoto.Infrastructure.Tests.Questionnaires.XlsForm.XlsFormFixture;

namespace Startfoto.Infrastructure.Tests.Questionnaires.XlsForm;

/// <summary>How XLSForm rows map onto the questionnaire model, each rule shown on a small inline form.</summary>
public sealed class XlsFormMappingTests
{
    const string YesNo = """
        | list_name | name      | label |
        | jn        | ja        | Ja    |
        | jn        | nee       | Nee   |
        | jn        | nvt       | n.v.t.|
        | jn        | weet_niet | Weet niet |
        """;

    [Fact]
    public void A_group_is_a_section_with_its_label_hint_and_relevant_and_loose_questions_get_their_own_section()
    {
        var d = Import(("survey", """
            | type        | name   | label      | hint         | relevant        |
            | text        | naam   | Naam       |              |                 |
            | begin group | vader  | Vader      | Over uw vader | ${naam} != ''  |
            | integer     | leeftijd | Leeftijd |              |                 |
            | end group   |        |            |              |                 |
            """));

        Assert.Equal([("sectie1", "form", 1), ("vader", "Vader", 1)], d.Sections.Select(s => (s.Key, s.Title, s.Questions.Length)));
        Assert.Equal(("Over uw vader", "${naam} != ''"), (d.Sections[1].Description, d.Sections[1].VisibleWhen));
    }

    [Fact]
    public void Xlsform_types_map_to_question_types_and_startfoto_type_keeps_ours()
    {
        var d = Import(("survey", """
            | type              | name | label | appearance | startfoto_type | calculation |
            | text              | a    | A     |            |                |             |
            | text              | b    | B     | multiline  |                |             |
            | integer           | c    | C     |            |                |             |
            | decimal           | d    | D     |            |                |             |
            | decimal           | e    | E     |            | percentage     |             |
            | date              | f    | F     |            |                |             |
            | select_one jn     | g    | G     | minimal    |                |             |
            | select_one jn     | h    | H     |            | yesPartlyNo    |             |
            | select_multiple jn| i    | I     |            |                |             |
            | calculate         | j    |       |            |                | ${c} * 2    |
            """), ("choices", YesNo));

        Assert.Equal(["ShortText", "LongText", "Number", "Number", "Percentage", "Date", "SingleChoice", "YesPartlyNo", "MultipleChoice", "Calculated"],
            d.Questions.Select(q => q.Type.ToString()));
        Assert.Null(d.Questions.Single(q => q.Key == "c").Number);
        Assert.Equal(10, d.Questions.Single(q => q.Key == "d").Number!.Decimals);
    }

    [Fact]
    public void The_options_nvt_and_weet_niet_become_the_not_applicable_and_dont_know_flags()
    {
        var q = Import(("survey", """
            | type          | name | label |
            | select_one jn | a    | A     |
            """), ("choices", YesNo)).Questions.Single();

        Assert.Equal(["ja", "nee"], q.Options.Select(o => o.Value));
        Assert.True(q.NotApplicable && q.DontKnow);
    }

    [Fact]
    public void Dutch_labels_win_over_other_languages_whatever_the_column_order()
    {
        var q = Import(("survey", """
            | type | name | label::English (en) | label::Nederlands (nl) | hint::English (en) | hint::Nederlands (nl) |
            | text | a    | Name                | Naam                   | Your name          | Uw naam               |
            """)).Questions.Single();

        Assert.Equal(("Naam", "Uw naam"), (q.Label, q.Help));
    }

    [Fact]
    public void Theme_weight_score_and_number_rules_come_from_the_extension_columns()
    {
        var d = Import(
            ("survey", """
                | type          | name | label | theme | weight | min | max | decimals | unit | comment | shareable |
                | select_one jn | a    | A     | t1    | 2      |     |     |          |      | yes     |           |
                | decimal       | b    | B     | t1    | 0.5    | 0   | 100 | 1        | fte  |         | yes       |
                """),
            ("choices", """
                | list_name | name | label | score | description |
                | jn        | ja   | Ja    | 100   | Helemaal    |
                | jn        | nee  | Nee   | 0     |             |
                """),
            ("themes", """
                | key | title   | description |
                | t1  | Thema 1 | Over één    |
                """));

        Assert.Equal([new Theme("t1", "Thema 1", "Over één")], d.Themes.ToArray());
        var (a, b) = (d.Questions.First(), d.Questions.Last());
        Assert.Equal(("t1", 2.0, true), (a.Theme, a.Weight, a.AllowComment));
        Assert.Equal([new ChoiceOption("ja", "Ja", "Helemaal", 100), new ChoiceOption("nee", "Nee", null, 0)], a.Options.ToArray());
        Assert.Equal((new NumberRules(0, 100, 1, "fte"), 0.5, true), (b.Number, b.Weight, b.Shareable));
    }

    [Fact]
    public void A_group_marked_matrix_is_one_matrix_question_with_a_row_per_select_one()
    {
        var q = Import(("survey", """
            | type          | name    | label    | startfoto_type | appearance |
            | begin group   | sectie  | Sectie   |                |            |
            | begin group   | domeinen| Domeinen | matrix         | table-list |
            | select_one jn | school  | School   |                |            |
            | select_one jn | zorg    | Zorg     |                |            |
            | end group     |         |          |                |            |
            | end group     |         |          |                |            |
            """), ("choices", YesNo)).Questions.Single();

        Assert.Equal(QuestionType.Matrix, q.Type);
        Assert.Equal([new MatrixRow("school", "School"), new MatrixRow("zorg", "Zorg")], q.Rows.ToArray());
        Assert.Equal(["ja", "nee"], q.Options.Select(o => o.Value));
    }

    [Fact]
    public void Settings_give_key_title_version_kind_and_level()
    {
        var d = Import(
            ("survey", """
                | type | name | label |
                | text | a    | A     |
                """),
            ("settings", """
                | form_title | form_id | version    | kind             | level      |
                | Scan       | scan    | 2024010101 | robuustheidsscan | jeugdregio |
                """));

        Assert.Equal(("scan", "Scan", 2024010101, InstrumentKind.Robuustheidsscan, QuestionnaireLevel.Jeugdregio),
            (d.Key, d.Title, d.Version, d.Kind, d.Level));
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("20240101001")]
    [InlineData("v3")]
    public void A_version_that_is_no_whole_number_is_reported_at_its_cell(string version)
    {
        var problems = Problems(
            ("survey", """
                | type | name | label |
                | text | a    | A     |
                """),
            ("settings", $"""
                | form_id | version   |
                | scan    | {version} |
                """));

        Assert.Equal($"settings, rij 2, kolom version: Versie '{version}' is geen geheel getal tot 2147483647; gebruik een volgnummer zoals 3 (of een datumversie als 2024010101).",
            Line(Assert.Single(problems)));
    }

    [Theory]
    [InlineData("geopoint", "locaties")]
    [InlineData("image", "foto's")]
    [InlineData("begin repeat", "repeat")]
    [InlineData("note", "hint")]
    [InlineData("start", "metagegevens")]
    [InlineData("select_one_from_file lijst.csv", "extern bestand")]
    [InlineData("select_one jn or_other", "or_other")]
    [InlineData("range", "min en max")]
    [InlineData("rank jn", "select_multiple")]
    [InlineData("barcod", "onbekend")]
    public void An_unsupported_type_is_reported_at_its_own_row_and_the_rest_still_read(string type, string hint)
    {
        var problems = Problems(("survey", $"""
            | type    | name  | label |
            | text    | a     | A     |
            | {type}  | b     | B     |
            | integer | c     | C     |
            | {type}  | d     | D     |
            """), ("choices", YesNo));

        var types = problems.Where(p => p.Code is "XLS009" or "XLS010").ToList();
        Assert.Equal([3, 5], types.Select(p => p.At.Row));
        Assert.All(types, p => Assert.Contains(hint, p.Message, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Equal(("survey", "type"), (p.At.Sheet, p.At.Column)));
        Assert.All(problems, p => Assert.Contains(p.At.Row, new int?[] { 3, 5 })); // a repeat never closed is reported at its begin
    }

    [Fact]
    public void A_group_inside_a_group_is_reported_at_the_inner_group()
    {
        var problems = Problems(("survey", """
            | type        | name  | label |
            | begin group | a     | A     |
            | begin group | b     | B     |
            | text        | c     | C     |
            | end group   |       |       |
            | end group   |       |       |
            """));

        Assert.Equal("survey, rij 3, kolom type: XLS015", $"{problems.Single().At with { File = null }}: {problems.Single().Code}");
    }

    [Fact]
    public void Problems_found_by_the_compiler_are_moved_to_the_row_and_column_of_the_expression()
    {
        var problems = Problems(("survey", """
            | type    | name | label | relevant     | constraint        |
            | integer | a    | A     |              |                   |
            | integer | b    | B     | ${a} > 1     | . < ${onbekend}   |
            | text    | 0    | C     |              |                   |
            """));

        Assert.Equal(
        [
            "survey, rij 4, kolom name: Q010",
            "survey, rij 3, kolom constraint, positie 5: EXPR002",
        ], problems.Select(p => $"{p.At with { File = null }}: {p.Code}").Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void A_select_with_a_list_that_does_not_exist_is_reported_at_its_type()
    {
        var problem = Assert.Single(Problems(("survey", """
            | type             | name | label |
            | select_one kleur | a    | A     |
            """)));

        Assert.Equal("survey, rij 2, kolom type: Keuzelijst 'kleur' staat niet in het werkblad 'choices'; voeg de opties toe of verbeter de naam.", Line(problem));
    }

    [Fact]
    public void A_file_that_is_no_workbook_is_refused_whatever_its_extension()
    {
        var result = Infrastructure.Questionnaires.XlsForm.XlsFormReader.Read("{\"key\": \"x\"}"u8.ToArray(), "vragen.xlsx");

        Assert.Equal("XLS002", Assert.Single(result.Problems).Code);
    }
}
