namespace Startfoto.Domain.Expressions;

/// <summary>JavaRosa XPathNumNegExpr: minus the number.</summary>
internal sealed class NegateNode(Node operand) : Node
{
    public override Value Evaluate(in EvaluationContext context) => Value.Number(Number(context));

    public override double Number(in EvaluationContext context) => -operand.Number(context);
}

/// <summary>
/// JavaRosa XPathArithExpr: both sides through number(), then IEEE arithmetic — so 1 div 0 is Infinity,
/// 0 div 0 and 5 mod 0 are NaN, and mod takes the dividend's sign (Java's % and C#'s % agree).
/// </summary>
internal sealed class ArithmeticNode(Node left, BinaryOperator op, Node right) : Node
{
    public override Value Evaluate(in EvaluationContext context) => Value.Number(Number(context));

    public override double Number(in EvaluationContext context)
    {
        var a = left.Number(context);
        var b = right.Number(context);
        return op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            BinaryOperator.Divide => a / b,
            _ => a % b,
        };
    }
}

/// <summary>JavaRosa XPathCmpExpr: &lt; &lt;= &gt; &gt;= compare numbers only (a date as its day number).</summary>
internal sealed class ComparisonNode(Node left, BinaryOperator op, Node right) : Node
{
    public override Value Evaluate(in EvaluationContext context) => Value.Boolean(Boolean(context));

    public override double Number(in EvaluationContext context) => Boolean(context) ? 1 : 0;

    public override bool Boolean(in EvaluationContext context)
    {
        var a = left.Number(context);
        var b = right.Number(context);
        return op switch
        {
            BinaryOperator.Less => a < b,
            BinaryOperator.LessOrEqual => a <= b,
            BinaryOperator.Greater => a > b,
            _ => a >= b,
        };
    }
}

/// <summary>JavaRosa XPathBoolExpr: short-circuits.</summary>
internal sealed class LogicalNode(Node left, bool isAnd, Node right) : Node
{
    public override Value Evaluate(in EvaluationContext context) => Value.Boolean(Boolean(context));

    public override double Number(in EvaluationContext context) => Boolean(context) ? 1 : 0;

    public override bool Boolean(in EvaluationContext context) =>
        isAnd ? left.Boolean(context) && right.Boolean(context) : left.Boolean(context) || right.Boolean(context);
}

internal sealed class EqualityNode(Node left, bool equal, Node right) : Node
{
    public override Value Evaluate(in EvaluationContext context) => Value.Boolean(Boolean(context));

    public override double Number(in EvaluationContext context) => Boolean(context) ? 1 : 0;

    public override bool Boolean(in EvaluationContext context) =>
        XPathEquality.AreEqual(left.Evaluate(context), right.Evaluate(context)) == equal;
}
