using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Scoring;

/// <summary>
/// A floor with its condition bound to the questionnaire's answers. A condition on one single-choice answer made of
/// operators and literals only (the usual <c>${lt.team} = 'nee'</c>) is worked out once for each option and for no
/// answer, so that scoring looks the answer up instead of evaluating the expression; any other answer, and any other
/// condition, is evaluated as written. Function calls are left out of the table because today() depends on the day.
/// </summary>
sealed class CompiledFloor
{
    readonly int slot = -1;
    readonly OptionIndex? options;
    readonly bool[] holds = []; // per option, then for no answer

    public CompiledFloor(Questionnaire questionnaire, int theme, CompiledExpression when, Need need, Floor rule)
    {
        (Theme, When, Need, Rule) = (theme, when, need, rule);
        if (when.References is not [var only] || questionnaire.Slots[only.Slot].Type != AnswerType.SelectOne
            || when.Bound.DescendantsAndSelf().Any(n => n is BoundExpression.Call)) return;
        var values = questionnaire.Slots[only.Slot].AllowedValues;
        var answers = new Value[questionnaire.Slots.Length];
        holds = new bool[values.Length + 1];
        for (var i = 0; i < values.Length; i++)
        {
            answers[only.Slot] = Value.String(values[i]);
            holds[i] = when.IsTrue(answers, default);
        }
        answers[only.Slot] = Value.Empty;
        holds[^1] = when.IsTrue(answers, default);
        (slot, options) = (only.Slot, new OptionIndex(values));
    }

    public int Theme { get; }

    public CompiledExpression When { get; }

    public Need Need { get; }

    public Floor Rule { get; }

    /// <param name="seen">What expressions read: each answer when visible, else empty.</param>
    public bool Holds(ReadOnlySpan<Value> seen, DateOnly today)
    {
        if (options is not null && seen[slot] is { Kind: ValueKind.String } answer)
        {
            if (answer.IsEmpty) return holds[^1];
            var found = options.Find(answer.Text);
            if (found >= 0) return holds[found];
        }
        return When.IsTrue(seen, today);
    }
}
