using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Tests.Expressions;

public sealed class ParserTests
{
    private static Syntax Parse(string source)
    {
        var result = Parser.Parse(source);
        Assert.True(result.Ok, string.Join("; ", result.Problems));
        return result.Value!;
    }

    [Theory]
    [InlineData("1 + 2 * 3", "(1 + (2 * 3))")]
    [InlineData("1 - 2 - 3", "((1 - 2) - 3)")]
    [InlineData("-2 * 3", "(-2 * 3)")]
    [InlineData("${a} div 2 mod 3", "((${a} div 2) mod 3)")]
    [InlineData("1 < 2 = 3 > 4", "((1 < 2) = (3 > 4))")]
    [InlineData("true() or false() and true()", "(true() or (false() and true()))")]
    [InlineData("${a} = 1 or ${b} != 2 and . >= 3", "((${a} = 1) or ((${b} != 2) and (. >= 3)))")]
    [InlineData("(1 + 2) * -(3)", "((1 + 2) * -3)")]
    [InlineData("if(${a}, 'x', concat('y', 1 + 2))", "if(${a}, 'x', concat('y', (1 + 2)))")]
    public void Groups_by_xpath_precedence(string source, string grouped) =>
        Assert.Equal(grouped, Parse(source).ToString());

    [Fact]
    public void Every_node_carries_its_span()
    {
        var binary = Assert.IsType<Syntax.Binary>(Parse("${a} + max(1, 2)"));
        var call = Assert.IsType<Syntax.Call>(binary.Right);
        Assert.Equal(
            (new TextSpan(0, 16), new TextSpan(0, 4), new TextSpan(5, 1), new TextSpan(7, 9), new TextSpan(7, 3), new TextSpan(14, 1)),
            (binary.Span, binary.Left.Span, binary.OperatorSpan, call.Span, call.NameSpan, call.Arguments[1].Span));
    }

    [Fact]
    public void Stops_at_the_first_syntax_error()
    {
        var problem = Assert.Single(Parser.Parse("(1 + ) * (").Problems);
        Assert.Equal(new TextSpan(5, 1), problem.At.Span);
    }
}
