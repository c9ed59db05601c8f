namespace Startfoto.Domain.Expressions;

internal sealed class ConstantNode(Value value) : Node
{
    private readonly double number = value.ToNumber();
    private readonly bool boolean = value.ToBoolean();

    public override Value Evaluate(in EvaluationContext context) => value;

    public override double Number(in EvaluationContext context) => number;

    public override bool Boolean(in EvaluationContext context) => boolean;
}

internal sealed class SlotNode(int slot) : Node
{
    public override Value Evaluate(in EvaluationContext context) => context.Answers[slot];
}

internal sealed class CallNode(FunctionBody body, Node[] arguments, object? state) : Node
{
    public override Value Evaluate(in EvaluationContext context) => body(new Arguments(arguments, context, state));
}
