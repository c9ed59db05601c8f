using System.Collections.Immutable;

namespace Startfoto.Domain.Expressions;

/// <summary>Bound tree → a tree of small evaluator objects, built once and then only read.</summary>
public static class Compiler
{
    public static CompiledExpression Compile(string source, BoundExpression bound)
    {
        var references = bound.DescendantsAndSelf()
            .OfType<BoundExpression.Reference>()
            .DistinctBy(r => r.Question.Key)
            .Select(r => new QuestionReference(r.Question.Key, r.Question.Slot, r.Span))
            .ToImmutableArray();
        return new CompiledExpression(source, bound, ToNode(bound), references);
    }

    private static Node ToNode(BoundExpression bound) => bound switch
    {
        BoundExpression.Literal l => new ConstantNode(l.Value),
        BoundExpression.Reference r => new SlotNode(r.Question.Slot),
        BoundExpression.Negate n => new NegateNode(ToNode(n.Operand)),
        BoundExpression.Binary b => ToNode(b),
        BoundExpression.Call c => new CallNode(c.Function.Body, [.. c.Arguments.Select(ToNode)], c.State),
        _ => throw new InvalidOperationException($"Cannot compile {bound.GetType().Name}: binding reported a problem."),
    };

    private static Node ToNode(BoundExpression.Binary b)
    {
        var left = ToNode(b.Left);
        var right = ToNode(b.Right);
        return b.Operator switch
        {
            BinaryOperator.And => new LogicalNode(left, isAnd: true, right),
            BinaryOperator.Or => new LogicalNode(left, isAnd: false, right),
            BinaryOperator.Equal => new EqualityNode(left, equal: true, right),
            BinaryOperator.NotEqual => new EqualityNode(left, equal: false, right),
            _ when Operators.IsRelational(b.Operator) => new ComparisonNode(left, b.Operator, right),
            _ => new ArithmeticNode(left, b.Operator, right),
        };
    }
}
