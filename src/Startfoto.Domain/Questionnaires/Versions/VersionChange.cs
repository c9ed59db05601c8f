using System.Collections.Immutable;
using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires.Versions;

/// <summary>
/// What changes for answers between two versions of an instrument, per answer key (a question, a matrix row
/// "question.row", a conversation field), from the definitions alone. The key is the identity: an answer moves only
/// to the same key, and only when its type is compatible and its value still allowed.
/// </summary>
public sealed record VersionChange(Questionnaire From, Questionnaire To, ImmutableArray<SlotChange> Slots)
{
    public static VersionChange Between(Questionnaire old, Questionnaire @new)
    {
        var changes = new List<SlotChange>();
        foreach (var slot in @new.Slots)
            changes.Add(old.TryFind(slot.Key, out var before) ? Compare(before, slot)
                : new SlotChange(slot.Key, SlotChangeKind.Added, null, slot, [], []));
        foreach (var slot in old.Slots)
            if (!@new.TryFind(slot.Key, out _))
                changes.Add(new SlotChange(slot.Key, SlotChangeKind.Removed, slot, null, [], []));
        return new VersionChange(old, @new, [.. changes]);
    }

    public SlotChange? Find(string key) => Slots.FirstOrDefault(s => s.Key == key);

    public IEnumerable<SlotChange> OfKind(SlotChangeKind kind) => Slots.Where(s => s.Kind == kind);

    /// <summary>Which of a response's draft answers (key → value) would move, and which stay in history and why.</summary>
    public AnswerMigration Plan(IEnumerable<KeyValuePair<string, Value>> drafts)
    {
        var moves = ImmutableArray.CreateBuilder<AnswerMove>();
        var aside = ImmutableArray.CreateBuilder<SetAsideAnswer>();
        foreach (var (key, value) in drafts)
        {
            if (value.IsEmpty) continue;
            var change = Find(key);
            if (change is { Old.IsCalculated: true }) continue; // computed by the evaluation, never a stored answer
            if (change is not null && change.Moves(value))
            {
                moves.Add(new AnswerMove(key, value));
                continue;
            }
            var reason = change?.Kind switch
            {
                SlotChangeKind.TypeChanged => SetAsideReason.TypeChanged,
                SlotChangeKind.OptionsRemoved => SetAsideReason.OptionRemoved,
                SlotChangeKind.Added => SetAsideReason.NotInOldVersion,
                SlotChangeKind.Removed => SetAsideReason.QuestionRemoved,
                _ => From.TryFind(key, out _) ? SetAsideReason.QuestionRemoved : SetAsideReason.NotInOldVersion,
            };
            aside.Add(new SetAsideAnswer(key, value, reason, change?.RemovedIn(value) ?? []));
        }
        return new AnswerMigration(moves.ToImmutable(), aside.ToImmutable());
    }

    static SlotChange Compare(AnswerSlot old, AnswerSlot @new)
    {
        var removed = old.AllowedValues.Except(@new.AllowedValues, StringComparer.Ordinal).ToImmutableArray();
        var added = @new.AllowedValues.Except(old.AllowedValues, StringComparer.Ordinal).ToImmutableArray();
        var kind = !Compatible(old, @new) ? SlotChangeKind.TypeChanged
            : removed.IsEmpty ? SlotChangeKind.Kept
            : SlotChangeKind.OptionsRemoved;
        return new SlotChange(@new.Key, kind, old, @new, removed, added);
    }

    // A whole number is a valid decimal; every other change of answer type would reinterpret the answer.
    static bool Compatible(AnswerSlot old, AnswerSlot @new) =>
        old.Type == @new.Type || (old.Type, @new.Type) is (AnswerType.Integer, AnswerType.Decimal);
}
