using Startfoto.Domain.Expressions;
using Startfoto.Web.Features.FillingIn.Form;

namespace Startfoto.Web.Tests.Features.FillingIn;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("1.250", 1250)]
    [InlineData("1.250,75", 1250.75)]
    [InlineData(" -3 ", -3)]
    [InlineData("0", 0)]
    public void Reads_a_number_as_a_dutch_respondent_means_it(string text, double expected) =>
        Assert.Equal(Value.Number(expected), NumberText.Parse(text));

    [Fact]
    public void Text_that_is_no_number_is_kept_so_the_evaluation_can_say_so() =>
        Assert.Equal(Value.String("veel"), NumberText.Parse("veel"));

    [Fact]
    public void Nothing_typed_is_no_answer() => Assert.True(NumberText.Parse("  ").IsEmpty);

    [Theory]
    [InlineData(12.5, "12,5")]
    [InlineData(1250, "1250")]
    [InlineData(0.125, "0,125")]
    public void Shows_a_number_with_a_decimal_comma(double number, string expected) =>
        Assert.Equal(expected, NumberText.Format(Value.Number(number)));

    [Fact]
    public void Shows_nothing_for_not_applicable() => Assert.Equal("", NumberText.Format(Value.String("nvt")));
}
