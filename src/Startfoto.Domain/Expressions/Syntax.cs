using System.Collections.Immutable;
using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>The parsed expression, before names mean anything. Every node carries its span in the source.</summary>
public abstract record Syntax(TextSpan Span)
{
    public sealed record NumberLiteral(double Value, TextSpan Span) : Syntax(Span);

    public sealed record StringLiteral(string Value, TextSpan Span) : Syntax(Span);

    /// <summary><c>${key}</c>.</summary>
    public sealed record Reference(string Key, TextSpan Span) : Syntax(Span);

    /// <summary><c>.</c>, the question whose constraint or calculation this is.</summary>
    public sealed record Current(TextSpan Span) : Syntax(Span);

    public sealed record Negate(Syntax Operand, TextSpan Span) : Syntax(Span);

    public sealed record Binary(Syntax Left, BinaryOperator Operator, TextSpan OperatorSpan, Syntax Right, TextSpan Span) : Syntax(Span);

    public sealed record Call(string Name, TextSpan NameSpan, ImmutableArray<Syntax> Arguments, TextSpan Span) : Syntax(Span);

    /// <summary>Fully parenthesised, to show how the parser grouped: <c>(1 + (2 * 3))</c>.</summary>
    public sealed override string ToString() => this switch
    {
        NumberLiteral n => n.Value.ToString(CultureInfo.InvariantCulture),
        StringLiteral s => $"'{s.Value}'",
        Reference r => $"${{{r.Key}}}",
        Current => ".",
        Negate n => $"-{n.Operand}",
        Binary b => $"({b.Left} {Operators.Text(b.Operator)} {b.Right})",
        Call c => $"{c.Name}({string.Join(", ", c.Arguments)})",
        _ => GetType().Name,
    };
}
