using System.Collections.Immutable;
using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>Text → tokens with spans. <c>${key}</c> is one token; strings in '…' or "…" (XPath has no escapes).</summary>
public static class Lexer
{
    public static ImmutableArray<Token> Tokenize(string source, ICollection<Problem> problems, Location at)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var i = 0;
        while (true)
        {
            while (i < source.Length && char.IsWhiteSpace(source[i])) i++;
            if (i >= source.Length) break;
            var start = i;
            var c = source[i];
            if (c == '$') i = LexReference(source, i, tokens, problems, at);
            else if (c is '\'' or '"') i = LexString(source, i, tokens, problems, at);
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1])))
            {
                while (i < source.Length && (char.IsAsciiDigit(source[i]) || source[i] == '.')) i++;
                var span = new TextSpan(start, i - start);
                if (double.TryParse(source.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                    tokens.Add(new Token(TokenKind.Number, span, source[start..i]));
                else
                    problems.Add(ExpressionProblems.InvalidNumber(source[start..i], at with { Span = span }));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < source.Length && IsNameChar(source[i])) i++;
                tokens.Add(Word(source[start..i], new TextSpan(start, i - start), tokens));
            }
            else
            {
                var (kind, length) = Operator(source, i);
                if (kind is { } k) tokens.Add(new Token(k, new TextSpan(start, length), source.Substring(start, length)));
                else problems.Add(ExpressionProblems.UnexpectedCharacter(c, at with { Span = new TextSpan(start, 1) }));
                i += length;
            }
        }
        tokens.Add(new Token(TokenKind.End, new TextSpan(source.Length, 0), ""));
        return tokens.ToImmutable();
    }

    internal static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    /// <summary>
    /// As XPath 1.0 §3.7: and/or/div/mod are operators only when a preceding token ends an operand,
    /// otherwise they are names (so a question could never be confused with an operator).
    /// </summary>
    private static Token Word(string word, TextSpan span, ImmutableArray<Token>.Builder tokens)
    {
        var afterOperand = tokens.Count > 0 && tokens[^1].Kind is TokenKind.Number or TokenKind.String
            or TokenKind.Reference or TokenKind.Dot or TokenKind.CloseParen;
        var kind = !afterOperand ? TokenKind.Name : word switch
        {
            "and" => TokenKind.And,
            "or" => TokenKind.Or,
            "div" => TokenKind.Div,
            "mod" => TokenKind.Mod,
            _ => TokenKind.Name,
        };
        return new Token(kind, span, word);
    }

    private static (TokenKind? Kind, int Length) Operator(string s, int i)
    {
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        return (s[i], next) switch
        {
            ('<', '=') => (TokenKind.LessOrEqual, 2),
            ('>', '=') => (TokenKind.GreaterOrEqual, 2),
            ('!', '=') => (TokenKind.NotEquals, 2),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            ('=', _) => (TokenKind.Equals, 1),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('(', _) => (TokenKind.OpenParen, 1),
            (')', _) => (TokenKind.CloseParen, 1),
            (',', _) => (TokenKind.Comma, 1),
            ('.', _) => (TokenKind.Dot, 1),
            _ => (null, 1),
        };
    }

    private static int LexString(string s, int start, ImmutableArray<Token>.Builder tokens, ICollection<Problem> problems, Location at)
    {
        var end = s.IndexOf(s[start], start + 1);
        if (end < 0)
        {
            problems.Add(ExpressionProblems.UnterminatedString(s[start], at with { Span = new TextSpan(start, s.Length - start) }));
            return s.Length;
        }
        tokens.Add(new Token(TokenKind.String, new TextSpan(start, end + 1 - start), s[(start + 1)..end]));
        return end + 1;
    }

    private static int LexReference(string s, int start, ImmutableArray<Token>.Builder tokens, ICollection<Problem> problems, Location at)
    {
        var close = s.IndexOf('}', start);
        if (start + 1 >= s.Length || s[start + 1] != '{' || close < 0)
        {
            var length = close < 0 ? s.Length - start : close + 1 - start;
            problems.Add(ExpressionProblems.MalformedReference(at with { Span = new TextSpan(start, length) }));
            return start + length;
        }
        var key = s[(start + 2)..close];
        var span = new TextSpan(start, close + 1 - start);
        if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_') || !key.All(IsNameChar))
            problems.Add(ExpressionProblems.MalformedReference(at with { Span = span }));
        else
            tokens.Add(new Token(TokenKind.Reference, span, key));
        return close + 1;
    }
}
