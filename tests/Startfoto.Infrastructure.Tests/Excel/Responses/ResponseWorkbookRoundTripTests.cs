using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Infrastructure.Excel.Responses;
using static Startfoto.Infrastructure.Tests.Excel.Responses.ResponseWorkbooks;

namespace Startfoto.Infrastructure.Tests.Excel.Responses;

public sealed class ResponseWorkbookRoundTripTests
{
    public static TheoryData<string> ShippedFiles() => ["startfoto.json", "robuustheidsscan.json"];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void A_shipped_questionnaire_read_back_unedited_changes_nothing(string file)
    {
        var q = Shipped(file);
        var answers = EveryType(q);
        Assert.Contains(answers.Values, a => a.Value == Value.String(Question.NotApplicableValue) || a.Value == Value.String(Question.DontKnowValue));

        var changes = Changes(Read(Write(q, answers), q, answers));

        Assert.Empty(changes.Changes);
        Assert.Equal(q.Slots.Count(s => !s.IsConversation && !s.IsCalculated), changes.UnchangedRows);
    }

    [Fact]
    public void Edited_cells_of_the_startfoto_give_exactly_those_changes()
    {
        var q = ShippedStartfoto;
        var answers = EveryType(q);
        var choice = q.Slots.First(s => s.Type == AnswerType.SelectOne && s.Question.Options.Length > 2 && answers[s.Key].Value != Value.String(s.Question.Options[2].Value));
        var number = q.Slots.First(s => s.Key == "lt.fte");
        var text = q.Slots.First(s => s.Type == AnswerType.Text);
        var commented = q.Slots.First(s => s.Question.AllowComment && answers[s.Key].Comment is null);
        var xlsx = WorkbookEdit.Apply(Write(q, answers), e => e
            .Text($"F{RowOf(q, choice.Key)}", choice.Question.Options[2].Label)
            .Number($"F{RowOf(q, number.Key)}", 7.5)
            .Clear($"F{RowOf(q, text.Key)}")
            .Text($"G{RowOf(q, commented.Key)}", "Nieuwe toelichting"));

        var changes = Changes(Read(xlsx, q, answers));

        Assert.Equal(new[]
        {
            (choice.Key, answers[choice.Key].Value, Value.String(choice.Question.Options[2].Value), answers[choice.Key].Comment),
            (number.Key, answers[number.Key].Value, Value.Number(7.5), answers[number.Key].Comment),
            (text.Key, answers[text.Key].Value, Value.Empty, answers[text.Key].Comment),
            (commented.Key, answers[commented.Key].Value, answers[commented.Key].Value, "Nieuwe toelichting"),
        }.OrderBy(c => RowOf(q, c.Key)), changes.Changes.Select(c => (c.Key, c.OldValue, c.NewValue, c.NewComment)));
        Assert.Equal(q.Slots.Count(s => !s.IsConversation) - 4, changes.UnchangedRows);
    }

    [Fact]
    public void Edited_cells_of_the_robuustheidsscan_give_exactly_those_changes()
    {
        var q = ShippedRobuustheidsscan;
        var header = HollandRijnland(q);
        var xlsx = WorkbookEdit.Apply(Write(q, Unanswered, header), e => e
            .Text($"F{RowOf(q, "rs.visie.minimum.wachttijden")}", "weet niet")
            .Number($"F{RowOf(q, "rs.schaal.inwoners")}", 420000));

        var changes = Changes(Read(xlsx, q, Unanswered, header));

        Assert.Equal(
        [
            ("rs.visie.minimum.wachttijden", Value.String(Question.DontKnowValue)),
            ("rs.schaal.inwoners", Value.Number(420000)),
        ], changes.Changes.Select(c => (c.Key, c.NewValue)));
        Assert.All(changes.Changes, c => Assert.Equal(Value.Empty, c.OldValue));
    }

    [Fact]
    public void A_change_names_its_question_row_and_old_and_new_answer()
    {
        var xlsx = WorkbookEdit.Apply(Write(Test), e => e.Text("F4", "nee").Text("G2", "Anders"));

        var changes = Changes(Read(xlsx, Test)).Changes;

        Assert.Equal(
        [
            new WorkbookChange("vorm", "Welke vorm?", 2, Value.String("zwaar"), Value.String("zwaar"), "Sinds de herindeling", "Anders"),
            new WorkbookChange("domeinen.ggz", "Afspraken met – GGZ", 4, Value.String("ja"), Value.String("nee"), null, null),
        ], changes.AsEnumerable());
        Assert.Equal((false, true), (changes[0].ValueChanged, changes[0].CommentChanged));
    }

    [Theory]
    [InlineData("vorm", "  lichte VORM ", "licht")]
    [InlineData("vorm", "licht", "licht")]
    [InlineData("vorm", "n.v.t.", "nvt")]
    [InlineData("taken", "Begeleiding;advies", "a b")]
    [InlineData("taken", "Weet niet", "weet_niet")]
    [InlineData("fte", "1,5", 1.5)]
    [InlineData("fte", "7.5", 7.5)]
    [InlineData("teams", "1.500,0", 1500.0)]
    [InlineData("fte", "weet niet", "weet_niet")]
    [InlineData("start", "31-12-2023", "2023-12-31")]
    [InlineData("start", "2023-12-31", "2023-12-31")]
    [InlineData("start", "Niet van toepassing", "nvt")]
    [InlineData("naam", "=1+1", "=1+1")]
    public void What_people_type_is_read_as_the_value_it_means(string key, string typed, object expected)
    {
        var xlsx = WorkbookEdit.Apply(Write(Test), e => e.Text($"F{RowOf(Test, key)}", typed));

        var change = Assert.Single(Changes(Read(xlsx, Test)).Changes);

        var value = expected switch
        {
            double n => Value.Number(n),
            string s when key == "start" && DateOnly.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var d) => Value.Date(d),
            string s => Value.String(s),
            _ => throw new ArgumentException("unexpected", nameof(expected)),
        };
        Assert.Equal((key, value), (change.Key, change.NewValue));
    }

    [Fact]
    public void A_date_cell_and_a_number_cell_are_read_as_their_values()
    {
        var xlsx = WorkbookEdit.Apply(Write(Test), e => e.Date("F8", new DateOnly(2023, 1, 15)).Number("F7", 4));

        var changes = Changes(Read(xlsx, Test)).Changes;

        Assert.Equal([("teams", Value.Number(4)), ("start", Value.Date(new DateOnly(2023, 1, 15)))], changes.Select(c => (c.Key, c.NewValue)));
    }

    [Fact]
    public void A_formula_cell_gives_its_cached_result_and_is_never_calculated()
    {
        // Excel cached 4 for the formula 1+1; only recalculating would give 2.
        var xlsx = WorkbookEdit.Apply(Write(Test), e => e.Formula("F7", "1+1", cached: 4));

        var change = Assert.Single(Changes(Read(xlsx, Test)).Changes);

        Assert.Equal(("teams", Value.Number(4)), (change.Key, change.NewValue));
    }

    [Fact]
    public void A_multiple_choice_in_another_order_and_a_text_with_other_line_endings_are_unchanged()
    {
        var answers = TestAnswers();
        answers["toezicht"] = new(Value.String("Door de GGD.\r\nEn de inspectie."));
        var xlsx = WorkbookEdit.Apply(Write(Test, answers), e => e.Text("F3", "Crisis; Advies"));

        Assert.Empty(Changes(Read(xlsx, Test, answers)).Changes);
    }

    [Fact]
    public void An_empty_cell_of_a_question_never_answered_is_still_unanswered_not_a_problem()
    {
        var answers = TestAnswers();
        answers.Remove("teams");

        var changes = Changes(Read(Write(Test, answers), Test, answers));

        Assert.Empty(changes.Changes);
    }

    [Fact]
    public void A_deleted_row_changes_nothing()
    {
        var xlsx = WorkbookEdit.Apply(Write(Test), e => e.Clear("A3").Clear("F3"));

        var changes = Changes(Read(xlsx, Test));

        Assert.Empty(changes.Changes);
        Assert.Equal(8, changes.UnchangedRows);
    }

    [Fact]
    public void The_header_is_read_from_the_about_sheet_when_the_document_property_is_gone()
    {
        var xlsx = WorkbookEdit.Apply(Write(Test), e => e.Document.DeletePart(e.Document.CustomFilePropertiesPart!));

        Assert.True(Read(xlsx, Test).Ok);
        Assert.Equal("XLR008", Assert.Single(Read(xlsx, Test, expected: Leiden(Test) with { RespondentCode = "GM0537" }).Problems).Code);
    }
}
