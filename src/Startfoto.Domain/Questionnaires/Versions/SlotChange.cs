using System.Collections.Immutable;
using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires.Versions;

/// <summary>One answer key between two versions: the slot in each (null where it does not exist) and what changes.</summary>
/// <param name="RemovedValues">Option values (and n.v.t. / weet niet) the old version allowed and the new one does not.</param>
public sealed record SlotChange(string Key, SlotChangeKind Kind, AnswerSlot? Old, AnswerSlot? New,
    ImmutableArray<string> RemovedValues, ImmutableArray<string> AddedValues)
{
    /// <summary>The question as the newest side shows it; a matrix row as "question – row".</summary>
    public string Label
    {
        get
        {
            var slot = (New ?? Old)!;
            return slot.Row is { } row ? $"{slot.Question.Label} – {row.Label}" : slot.Question.Label;
        }
    }

    /// <summary>Whether a draft answer moves to the new version as it is.</summary>
    public bool Moves(Value answer) => Kind switch
    {
        SlotChangeKind.Kept => true,
        SlotChangeKind.OptionsRemoved => RemovedIn(answer).IsEmpty,
        _ => false,
    };

    /// <summary>The removed values an answer holds: its value, or any of a multiple choice's space-separated values.</summary>
    public ImmutableArray<string> RemovedIn(Value answer)
    {
        if (answer.Kind != ValueKind.String || RemovedValues.IsEmpty) return [];
        var values = Old?.Type == AnswerType.SelectMultiple
            ? answer.ToXPathString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [answer.ToXPathString()];
        return [.. values.Where(RemovedValues.Contains)];
    }
}
