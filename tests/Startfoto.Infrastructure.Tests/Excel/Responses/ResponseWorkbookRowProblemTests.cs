using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Excel.Responses;
using static Startfoto.Infrastructure.Tests.Excel.Responses.ResponseWorkbooks;

namespace Startfoto.Infrastructure.Tests.Excel.Responses;

/// <summary>
/// Problems in rows of the sheet Vragenlijst of the test questionnaire, where row 2 is vorm, 3 taken, 4 and 5 the
/// matrix domeinen, 6 fte, 7 teams, 8 start, 9 naam and 10 toezicht.
/// </summary>
public sealed class ResponseWorkbookRowProblemTests
{
    static Problem Edited(Action<WorkbookEdit> edit, string code) => Single(Read(WorkbookEdit.Apply(Write(Test), edit), Test), code);

    static void AssertAt(Problem problem, int row, string column, string key) =>
        Assert.Equal(("Vragenlijst", row, column, key, "vragenlijst.xlsx"),
            (problem.At.Sheet, problem.At.Row, problem.At.Column, problem.At.Key, problem.At.File));

    [Fact]
    public void Unknown_key_is_reported_at_its_row() =>
        AssertAt(Edited(e => e.Text("A3", "taak"), "XLR014"), 3, "Sleutel", "taak");

    [Fact]
    public void A_matrix_key_without_its_row_names_a_row_key()
    {
        var problem = Edited(e => e.Text("A4", "domeinen"), "XLR014");

        AssertAt(problem, 4, "Sleutel", "domeinen");
        Assert.Contains("'domeinen.ggz'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_its_second_row_naming_the_first()
    {
        var problem = Edited(e => e.Text("A5", "domeinen.ggz"), "XLR015");

        AssertAt(problem, 5, "Sleutel", "domeinen.ggz");
        Assert.Contains("rij 4", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calculated_key_cannot_be_filled_in() =>
        AssertAt(Edited(e => e.Text("A9", "dubbel"), "XLR016"), 9, "Sleutel", "dubbel");

    [Fact]
    public void A_conversation_field_cannot_be_filled_in_by_the_regio()
    {
        var q = ShippedRobuustheidsscan;
        var xlsx = WorkbookEdit.Apply(Write(q, Unanswered, HollandRijnland(q)), e => e.Text("A2", "gesprek.visie.oordeel").Text("F2", "Ingericht"));

        AssertAt(Single(Read(xlsx, q, Unanswered, HollandRijnland(q)), "XLR017"), 2, "Sleutel", "gesprek.visie.oordeel");
    }

    [Fact]
    public void An_answer_without_a_key_is_reported()
    {
        var problem = Edited(e => e.Clear("A6"), "XLR013");

        Assert.Equal((6, "Sleutel", (string?)null), (problem.At.Row, problem.At.Column, problem.At.Key));
    }

    [Fact]
    public void A_value_not_in_the_list_is_reported_with_the_labels_to_choose_from()
    {
        var problem = Edited(e => e.Text("F2", "Middel"), "XLR018");

        AssertAt(problem, 2, "Antwoord", "vorm");
        Assert.Equal("'Middel' is geen antwoordoptie van deze vraag. Kies uit: Lichte vorm; Zware vorm, met toezicht; Niet van toepassing; of maak de cel leeg.",
            problem.Message);
    }

    [Fact]
    public void A_multiple_choice_names_the_labels_that_are_no_option()
    {
        var problem = Edited(e => e.Text("F3", "Advies; Nazorg"), "XLR018");

        AssertAt(problem, 3, "Antwoord", "taken");
        Assert.StartsWith("'Nazorg' is geen antwoordoptie", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_a_number_question_is_not_a_number() =>
        AssertAt(Edited(e => e.Text("F6", "twaalf"), "XLR019"), 6, "Antwoord", "fte");

    [Fact]
    public void Text_in_a_date_question_is_not_a_date() =>
        AssertAt(Edited(e => e.Text("F8", "31 december"), "XLR020"), 8, "Antwoord", "start");

    [Fact]
    public void A_bare_number_in_a_date_question_is_not_taken_for_a_date() =>
        AssertAt(Edited(e => e.Number("F8", 2024), "XLR020"), 8, "Antwoord", "start");

    [Fact]
    public void A_number_out_of_range_gives_the_questionnaires_own_message()
    {
        var problem = Edited(e => e.Number("F6", 150), "XLR021");

        AssertAt(problem, 6, "Antwoord", "fte");
        Assert.Equal("'150' kan hier niet: Vul een getal in van 0 tot en met 100.", problem.Message);
    }

    [Fact]
    public void Decimals_in_a_whole_number_question_are_refused() =>
        AssertAt(Edited(e => e.Text("F7", "2,5"), "XLR021"), 7, "Antwoord", "teams");

    [Fact]
    public void Weet_niet_together_with_an_option_is_refused() =>
        AssertAt(Edited(e => e.Text("F3", "Advies; Weet niet"), "XLR021"), 3, "Antwoord", "taken");

    [Fact]
    public void Emptying_an_answered_required_question_is_refused_as_it_would_erase_the_answer()
    {
        var problem = Edited(e => e.Clear("F7"), "XLR022");

        AssertAt(problem, 7, "Antwoord", "teams");
        Assert.Contains("'3'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_toelichting_on_a_question_that_allows_none_is_reported() =>
        AssertAt(Edited(e => e.Text("G3", "Zie bijlage"), "XLR023"), 3, "Toelichting", "taken");

    [Fact]
    public void Every_problem_in_a_file_is_reported_in_sheet_order_and_nothing_is_returned_to_apply()
    {
        var xlsx = WorkbookEdit.Apply(Write(Test), e => e
            .Text("F2", "Middel").Text("A3", "taak").Text("G4", "Zie bijlage").Text("A5", "domeinen.ggz")
            .Number("F6", 150).Clear("F7").Text("F8", "gisteren").Text("A9", "dubbel"));

        var result = Read(xlsx, Test);

        Assert.Null(result.Value);
        Assert.Equal(
        [
            ("XLR018", 2, "Antwoord"), ("XLR014", 3, "Sleutel"), ("XLR023", 4, "Toelichting"), ("XLR015", 5, "Sleutel"),
            ("XLR021", 6, "Antwoord"), ("XLR022", 7, "Antwoord"), ("XLR020", 8, "Antwoord"), ("XLR016", 9, "Sleutel"),
        ], result.Problems.Select(p => (p.Code, p.At.Row!.Value, p.At.Column!)));
    }

    [Fact]
    public void Problems_with_the_file_come_before_and_instead_of_problems_in_rows()
    {
        var xlsx = WorkbookEdit.Apply(Write(Test, header: Leiden(Test) with { RespondentCode = "GM0537", RespondentName = "Katwijk" }),
            e => e.Text("F1", "Antwoorden").Text("A3", "taak"));

        var result = Read(xlsx, Test);

        Assert.Equal(["XLR006", "XLR008"], result.Problems.Select(p => p.Code));
    }
}
