using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Tests.Expressions;

public sealed class LexerTests
{
    private static List<Token> Lex(string source)
    {
        var problems = new List<Problem>();
        var tokens = Lexer.Tokenize(source, problems, Location.Nowhere);
        Assert.Empty(problems);
        return [.. tokens];
    }

    [Fact]
    public void A_reference_is_one_token_with_its_key_and_span()
    {
        var token = Lex("  ${leeftijd-jaren} ")[0];
        Assert.Equal(new Token(TokenKind.Reference, new TextSpan(2, 17), "leeftijd-jaren"), token);
    }

    [Fact]
    public void Operator_words_are_operators_only_after_an_operand()
    {
        Assert.Equal(
            [TokenKind.Reference, TokenKind.Mod, TokenKind.Number, TokenKind.And, TokenKind.Name, TokenKind.OpenParen,
             TokenKind.Number, TokenKind.CloseParen, TokenKind.Or, TokenKind.Dot, TokenKind.Div, TokenKind.Number, TokenKind.End],
            Lex("${a} mod 2 and div(3) or . div 4").Select(t => t.Kind));
    }

    [Fact]
    public void Names_may_contain_hyphens_as_in_count_selected()
    {
        Assert.Equal(new Token(TokenKind.Name, new TextSpan(0, 14), "count-selected"), Lex("count-selected(${a})")[0]);
    }

    [Theory]
    [InlineData("'it''s'", "it")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("''", "")]
    public void Strings_take_either_quote_without_escapes(string source, string text) =>
        Assert.Equal(text, Lex(source)[0].Text);

    [Theory]
    [InlineData("<= >= != < > = + - * ( ) ,", new[] { TokenKind.LessOrEqual, TokenKind.GreaterOrEqual, TokenKind.NotEquals,
        TokenKind.Less, TokenKind.Greater, TokenKind.Equals, TokenKind.Plus, TokenKind.Minus, TokenKind.Star,
        TokenKind.OpenParen, TokenKind.CloseParen, TokenKind.Comma, TokenKind.End })]
    [InlineData("1.5 .5 .", new[] { TokenKind.Number, TokenKind.Number, TokenKind.Dot, TokenKind.End })]
    public void Lexes_every_operator_and_number_form(string source, TokenKind[] kinds) =>
        Assert.Equal(kinds, Lex(source).Select(t => t.Kind));
}
