using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires;

/// <summary>One slot after evaluation. <paramref name="Message"/> is null when the answer is acceptable.</summary>
/// <param name="Value">The stored answer, or for a calculation its result; kept also when the slot is hidden.</param>
public readonly record struct QuestionState(AnswerSlot Slot, bool Visible, bool Required, string? Message, Value Value)
{
    public bool Valid => Message is null;

    public string Key => Slot.Key;
}
