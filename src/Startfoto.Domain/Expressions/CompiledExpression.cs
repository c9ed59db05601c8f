using System.Collections.Immutable;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// An expression ready to evaluate, as often as needed, from any thread. Evaluating allocates nothing
/// unless the expression builds text (concat, substr, a number shown as text).
/// </summary>
public sealed class CompiledExpression
{
    private readonly Node root;

    internal CompiledExpression(string source, BoundExpression bound, Node root, ImmutableArray<QuestionReference> references)
    {
        Source = source;
        Bound = bound;
        this.root = root;
        References = references;
    }

    public string Source { get; }

    public BoundExpression Bound { get; }

    public ExpressionType Type => Bound.Type;

    /// <summary>The questions this expression reads, each once, in order of first mention (<c>.</c> included).</summary>
    public ImmutableArray<QuestionReference> References { get; }

    public Value Evaluate(in EvaluationContext context) => root.Evaluate(context);

    public Value Evaluate(ReadOnlySpan<Value> answers, DateOnly today) => root.Evaluate(new EvaluationContext(answers, today));

    /// <summary>As a condition or constraint: the XPath boolean of the result.</summary>
    public bool IsTrue(in EvaluationContext context) => root.Boolean(context);

    public bool IsTrue(ReadOnlySpan<Value> answers, DateOnly today) => root.Boolean(new EvaluationContext(answers, today));

    public override string ToString() => Source;
}
