namespace Startfoto.Domain.Expressions;

/// <summary>
/// A compiled expression node. Number and Boolean let a parent ask for the type it needs, so a condition
/// such as <c>${a} + 1 &gt; 3</c> runs on doubles and bools without building intermediate values.
/// </summary>
internal abstract class Node
{
    public abstract Value Evaluate(in EvaluationContext context);

    public virtual double Number(in EvaluationContext context) => Evaluate(context).ToNumber();

    public virtual bool Boolean(in EvaluationContext context) => Evaluate(context).ToBoolean();
}
