using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Web.Features.FillingIn.Form;

namespace Startfoto.Web.Tests.Features.FillingIn;

public sealed class AnswerValuesTests
{
    static readonly Question Basis = new("basis", QuestionType.MultipleChoice, "Welke?",
        Options: [new("a", "A"), new("b", "B"), new("c", "C")], NotApplicable: true, DontKnow: true);

    [Theory]
    [InlineData("", "b", true, "b")]
    [InlineData("c", "a", true, "a c")]
    [InlineData("a c", "a", false, "c")]
    [InlineData("a c", "nvt", true, "nvt")]
    [InlineData("nvt", "b", true, "b")]
    [InlineData("weet_niet", "nvt", true, "nvt")]
    [InlineData("b", "b", false, "")]
    public void Toggling_keeps_option_order_and_lets_nvt_and_weet_niet_stand_alone(string before, string option, bool on, string after) =>
        Assert.Equal(after, AnswerValues.Text(AnswerValues.Toggle(Basis, AnswerValues.FromText(before), option, on)));

    [Fact]
    public void A_date_goes_to_and_from_the_native_date_input()
    {
        var value = AnswerValues.FromDateText("2024-02-29");

        Assert.Equal(Value.Date(new DateOnly(2024, 2, 29)), value);
        Assert.Equal("2024-02-29", AnswerValues.DateText(value));
        Assert.True(AnswerValues.FromDateText("").IsEmpty);
    }

    [Fact]
    public void A_calculated_value_is_shown_the_dutch_way()
    {
        Assert.Equal("33,3", AnswerValues.Display(Value.Number(33.3)));
        Assert.Equal("5-3-2025", AnswerValues.Display(Value.Date(new DateOnly(2025, 3, 5))));
    }
}
