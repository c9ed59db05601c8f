namespace Startfoto.Domain.Expressions;

/// <summary>
/// What an evaluation reads: the answers by slot (as the scope numbered them) and today's date, which the
/// caller takes from its clock so that the engine never reads one.
/// </summary>
public readonly ref struct EvaluationContext(ReadOnlySpan<Value> answers, DateOnly today)
{
    public ReadOnlySpan<Value> Answers { get; } = answers;

    public DateOnly Today { get; } = today;
}
