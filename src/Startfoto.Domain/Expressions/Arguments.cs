namespace Startfoto.Domain.Expressions;

/// <summary>
/// A function's arguments, evaluated only when asked for: if() and coalesce() evaluate one branch, as
/// JavaRosa does. Passed by value on the stack, so a call allocates nothing.
/// </summary>
public readonly ref struct Arguments
{
    private readonly ReadOnlySpan<Node> nodes;
    private readonly EvaluationContext context;

    internal Arguments(ReadOnlySpan<Node> nodes, in EvaluationContext context, object? state)
    {
        this.nodes = nodes;
        this.context = context;
        State = state;
    }

    public int Count => nodes.Length;

    /// <summary>What the function's check prepared at bind time, such as a compiled literal pattern.</summary>
    public object? State { get; }

    public DateOnly Today => context.Today;

    public Value this[int index] => nodes[index].Evaluate(context);

    public double Number(int index) => nodes[index].Number(context);

    public bool Boolean(int index) => nodes[index].Boolean(context);

    public string Text(int index) => nodes[index].Evaluate(context).ToXPathString();
}
