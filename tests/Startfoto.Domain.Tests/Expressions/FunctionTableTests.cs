using System.Reflection;
using System.Text.RegularExpressions;
using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Tests.Expressions;

public sealed partial class FunctionTableTests
{
    [Fact]
    public void Every_function_in_the_table_has_an_evaluation_row()
    {
        var called = typeof(EvaluationTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .SelectMany(row => row.GetData(null!).Select(data => (string)data[0]))
            .SelectMany(source => CallPattern().Matches(source).Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.All(Functions.All, f => Assert.True(called.Contains(f.Name), $"{f.Name}() has no row in EvaluationTests."));
    }

    [Fact]
    public void Function_names_are_unique_and_lexed_as_names()
    {
        Assert.Equal(Functions.All.Length, Functions.All.Select(f => f.Name).Distinct().Count());
        Assert.All(Functions.All, f => Assert.Equal(
            [TokenKind.Name, TokenKind.OpenParen, TokenKind.CloseParen, TokenKind.End],
            Lexer.Tokenize(f.Name + "()", [], Domain.Problems.Location.Nowhere).Select(t => t.Kind)));
    }

    [Fact]
    public void Every_function_is_documented_in_dutch_with_its_own_name()
    {
        Assert.All(Functions.All, f =>
        {
            Assert.StartsWith(f.Name + "(", f.Summary, StringComparison.Ordinal);
            Assert.True(f.MinArity <= f.MaxArity, f.Name);
            Assert.True(f.Parameters.Length >= Math.Min(f.MaxArity, 1), $"{f.Name} names no parameter types.");
        });
    }

    [GeneratedRegex(@"([a-z][a-z-]*)\(")]
    private static partial Regex CallPattern();
}
