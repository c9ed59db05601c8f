using System.Collections.Immutable;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>The expression with every name resolved: references to questions and slots, calls to table functions.</summary>
public abstract record BoundExpression(TextSpan Span)
{
    public abstract ExpressionType Type { get; }

    public sealed record Literal(Value Value, TextSpan Span) : BoundExpression(Span)
    {
        public override ExpressionType Type => Value.Kind switch
        {
            ValueKind.String => ExpressionType.String,
            ValueKind.Number => ExpressionType.Number,
            ValueKind.Boolean => ExpressionType.Boolean,
            _ => ExpressionType.Date,
        };
    }

    /// <summary>Stands in for what could not be bound, so binding goes on and reports every problem.</summary>
    public sealed record Error(TextSpan Span) : BoundExpression(Span)
    {
        public override ExpressionType Type => ExpressionType.Any;
    }

    /// <summary>A question's answer; <paramref name="IsCurrent"/> when written as <c>.</c>.</summary>
    public sealed record Reference(QuestionSymbol Question, bool IsCurrent, TextSpan Span) : BoundExpression(Span)
    {
        public override ExpressionType Type => Question.ValueType;
    }

    public sealed record Negate(BoundExpression Operand, TextSpan Span) : BoundExpression(Span)
    {
        public override ExpressionType Type => ExpressionType.Number;
    }

    public sealed record Binary(BoundExpression Left, BinaryOperator Operator, BoundExpression Right, TextSpan Span) : BoundExpression(Span)
    {
        public override ExpressionType Type =>
            Operators.IsArithmetic(Operator) ? ExpressionType.Number : ExpressionType.Boolean;
    }

    /// <summary>A call; <paramref name="State"/> is what the function prepared at bind time (a compiled regex).</summary>
    public sealed record Call(Function Function, ImmutableArray<BoundExpression> Arguments, object? State, TextSpan Span) : BoundExpression(Span)
    {
        public override ExpressionType Type => Function.Returns;
    }

    /// <summary>Every node, this one first, depth-first in source order.</summary>
    public IEnumerable<BoundExpression> DescendantsAndSelf()
    {
        yield return this;
        var children = this switch
        {
            Negate n => [n.Operand],
            Binary b => [b.Left, b.Right],
            Call c => c.Arguments,
            _ => ImmutableArray<BoundExpression>.Empty,
        };
        foreach (var descendant in children.SelectMany(child => child.DescendantsAndSelf()))
            yield return descendant;
    }
}
