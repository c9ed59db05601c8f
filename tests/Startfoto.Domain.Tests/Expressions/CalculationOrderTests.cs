using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Tests.Expressions;

public sealed class CalculationOrderTests
{
    private static readonly ExpressionScope Scope = ExpressionScope.Of(
        ("invoer", AnswerType.Integer, null),
        ("a", AnswerType.Calculated, null),
        ("b", AnswerType.Calculated, null),
        ("c", AnswerType.Calculated, null),
        ("d", AnswerType.Calculated, null));

    private static Result<System.Collections.Immutable.ImmutableArray<string>> Order(params (string Key, string Source)[] calculations) =>
        CalculationOrder.Of(calculations.Select(c =>
            Calculation.Of(c.Key, ExpressionEngine.Compile(c.Source, Scope, c.Key).Value!, new Location(File: "vragen.json"))));

    [Fact]
    public void Each_calculation_comes_after_the_calculations_it_reads()
    {
        var order = Order(("c", "${a} + ${b}"), ("b", "${a} * 2"), ("a", "${invoer} + 1"));
        Assert.Equal(["a", "b", "c"], order.Value.ToArray());
    }

    [Fact]
    public void Independent_calculations_keep_their_given_order()
    {
        Assert.Equal(["b", "a", "c"], Order(("b", "1"), ("a", "${invoer}"), ("c", "2")).Value.ToArray());
    }

    [Fact]
    public void A_cycle_is_reported_with_its_chain_at_the_closing_reference()
    {
        var problem = Assert.Single(Order(("a", "${b} + 1"), ("b", "${invoer} * ${a}")).Problems);
        Assert.Equal("EXPR009", problem.Code);
        Assert.StartsWith("Kringverwijzing: a → b → a.", problem.Message, StringComparison.Ordinal);
        Assert.Equal(new Location(File: "vragen.json", Key: "b", Span: new TextSpan(12, 4)), problem.At);
    }

    [Fact]
    public void A_calculation_that_reads_itself_is_a_cycle()
    {
        var problem = Assert.Single(Order(("a", "if(. = '', 1, . + 1)")).Problems);
        Assert.StartsWith("Kringverwijzing: a → a.", problem.Message, StringComparison.Ordinal);
        Assert.Equal(new TextSpan(3, 1), problem.At.Span);
    }

    [Fact]
    public void Only_the_calculations_on_the_cycle_are_in_its_chain()
    {
        var problem = Assert.Single(Order(("d", "${a}"), ("a", "${b}"), ("b", "${c}"), ("c", "${a} + ${invoer}")).Problems);
        Assert.StartsWith("Kringverwijzing: a → b → c → a.", problem.Message, StringComparison.Ordinal);
    }
}
