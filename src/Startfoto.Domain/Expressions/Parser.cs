using System.Collections.Immutable;
using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// Tokens → syntax, by precedence climbing: or &lt; and &lt; = != &lt; &lt; &lt;= &gt; &gt;= &lt; + - &lt; * div mod
/// &lt; unary minus, all left-associative. Stops at the first syntax error: what follows it is guesswork.
/// </summary>
public sealed class Parser
{
    private readonly ImmutableArray<Token> tokens;
    private readonly Location at;
    private int position;
    private Problem? error;

    private Parser(ImmutableArray<Token> tokens, Location at)
    {
        this.tokens = tokens;
        this.at = at;
    }

    /// <summary>After the first error every token reads as the end, so all loops stop and the parse unwinds.</summary>
    private Token Current => error is null ? tokens[position] : tokens[^1];

    public static Result<Syntax> Parse(string source, Location? at = null)
    {
        var location = at ?? Location.Nowhere;
        var problems = new List<Problem>();
        var tokens = Lexer.Tokenize(source, problems, location);
        if (problems.Count > 0) return Result<Syntax>.Failure(problems);
        var parser = new Parser(tokens, location);
        var syntax = parser.ParseBinary(1);
        if (parser.Current.Kind != TokenKind.End) parser.Unexpected("einde van de expressie");
        return parser.error is { } problem ? Result<Syntax>.Failure(problem) : Result<Syntax>.Success(syntax);
    }

    private Syntax ParseBinary(int minimumPrecedence)
    {
        var left = ParseUnary();
        while (Operators.Binary(Current.Kind) is { } op && Operators.Precedence(op) >= minimumPrecedence)
        {
            var operatorToken = Next();
            var right = ParseBinary(Operators.Precedence(op) + 1);
            left = new Syntax.Binary(left, op, operatorToken.Span, right, Cover(left.Span, right.Span));
        }
        return left;
    }

    private Syntax ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus) return ParsePrimary();
        var minus = Next();
        var operand = ParseUnary();
        return new Syntax.Negate(operand, Cover(minus.Span, operand.Span));
    }

    private Syntax ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return new Syntax.NumberLiteral(double.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), token.Span);
            case TokenKind.String:
                Next();
                return new Syntax.StringLiteral(token.Text, token.Span);
            case TokenKind.Reference:
                Next();
                return new Syntax.Reference(token.Text, token.Span);
            case TokenKind.Dot:
                Next();
                return new Syntax.Current(token.Span);
            case TokenKind.Name:
                return ParseCall();
            case TokenKind.OpenParen:
                Next();
                var inner = ParseBinary(1);
                Expect(TokenKind.CloseParen, "')'");
                return inner;
            default:
                return Unexpected("een waarde, ${vraag}, functie of '('");
        }
    }

    private Syntax ParseCall()
    {
        var name = Next();
        if (Current.Kind != TokenKind.OpenParen) return Fail(ExpressionProblems.BareName(name.Text, at with { Span = name.Span }));
        Next();
        var arguments = ImmutableArray.CreateBuilder<Syntax>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            arguments.Add(ParseBinary(1));
            while (Current.Kind == TokenKind.Comma)
            {
                Next();
                arguments.Add(ParseBinary(1));
            }
        }
        var close = Expect(TokenKind.CloseParen, "',' of ')'");
        return new Syntax.Call(name.Text, name.Span, arguments.ToImmutable(), Cover(name.Span, close.Span));
    }

    private Token Next() => tokens[position++];

    private Token Expect(TokenKind kind, string expected)
    {
        if (Current.Kind == kind) return Next();
        Unexpected(expected);
        return Current;
    }

    private Syntax Unexpected(string expected) => Fail(Current.Kind == TokenKind.End
        ? ExpressionProblems.UnexpectedEnd(expected, at with { Span = Current.Span })
        : ExpressionProblems.UnexpectedToken(Current.Text, expected, at with { Span = Current.Span }));

    private Syntax Fail(Problem problem)
    {
        error ??= problem;
        return new Syntax.StringLiteral("", Current.Span);
    }

    private static TextSpan Cover(TextSpan first, TextSpan last) => new(first.Start, last.End - first.Start);
}
