using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// The stored answers of one response, by slot. Unanswered is <see cref="Value.Empty"/>; a multiple choice is its
/// option values separated by spaces; n.v.t. and weet niet are their option values, also for a number question.
/// Calculated slots are ignored: evaluation computes them.
/// </summary>
public sealed class AnswerSet
{
    private readonly Value[] values;

    internal AnswerSet(Questionnaire questionnaire)
    {
        Questionnaire = questionnaire;
        values = new Value[questionnaire.Slots.Length];
    }

    public Questionnaire Questionnaire { get; }

    public ReadOnlySpan<Value> Values => values;

    /// <summary>Unknown keys are a bug here: user input goes through the answers file reader, which reports them.</summary>
    public Value this[string key]
    {
        get => values[SlotOf(key)];
        set => values[SlotOf(key)] = value;
    }

    public Value this[int slot]
    {
        get => values[slot];
        set => values[slot] = value;
    }

    private int SlotOf(string key) => Questionnaire.TryFind(key, out var slot)
        ? slot.Slot
        : throw new KeyNotFoundException($"Questionnaire '{Questionnaire.Definition.Key}' has no answer '{key}'.");
}
