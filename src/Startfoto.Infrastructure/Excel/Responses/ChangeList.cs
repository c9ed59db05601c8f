using System.Collections.Immutable;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// What a valid upload changes. An answer is unchanged when it means the same: a multiple choice in another order,
/// a text with other line endings (Excel stores a line break as LF) and a blank toelichting instead of none.
/// </summary>
static class ChangeList
{
    public static WorkbookChanges Of(IReadOnlyList<UploadedAnswer> uploaded, IReadOnlyDictionary<string, CurrentAnswer> current)
    {
        var changes = ImmutableArray.CreateBuilder<WorkbookChange>();
        var unchanged = 0;
        foreach (var row in uploaded)
        {
            var old = current.GetValueOrDefault(row.Slot.Key) ?? new CurrentAnswer(Value.Empty);
            var value = row.Value!.Value;
            var sameValue = Same(row.Slot, old.Value, value);
            var sameComment = Text(old.Comment) == Text(row.Comment);
            if (sameValue && sameComment)
            {
                unchanged++;
                continue;
            }
            changes.Add(new WorkbookChange(row.Slot.Key, ResponseSheet.QuestionText(row.Slot), row.Row,
                old.Value, sameValue ? old.Value : value, old.Comment, sameComment ? old.Comment : row.Comment));
        }
        return new WorkbookChanges(changes.ToImmutable(), unchanged);
    }

    static bool Same(AnswerSlot slot, Value old, Value now)
    {
        if (old.IsEmpty || now.IsEmpty) return old.IsEmpty && now.IsEmpty;
        if (old.Kind != ValueKind.String || now.Kind != ValueKind.String) return old == now;
        if (slot.Type != AnswerType.SelectMultiple) return Text(old.ToXPathString()) == Text(now.ToXPathString());
        static HashSet<string> Set(Value v) => [.. v.ToXPathString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        return Set(old).SetEquals(Set(now));
    }

    static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.ReplaceLineEndings("\n");
}
