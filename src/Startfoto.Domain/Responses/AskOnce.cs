using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Responses;

/// <summary>
/// Ask each thing once: a new response starts with the answers its respondent gave before to the same question key,
/// newest submission first. The key is the identity (as between versions, <see cref="Questionnaires.Versions.VersionChange"/>):
/// an answer is taken over only into a question of a compatible type that still allows its value.
/// </summary>
public static class AskOnce
{
    /// <summary>Question keys of this prefix are regio items: asked in the Robuustheidsscan, reused per gemeente.</summary>
    public const string RegioPrefix = "reg.";

    public static IReadOnlyList<PrefilledAnswer> Plan(Questionnaire target, IEnumerable<PrefillSource> sources, IReadOnlySet<string> alreadyAnswered)
    {
        var ordered = sources.OrderByDescending(s => s.SubmittedAt).ToList();
        var taken = new List<PrefilledAnswer>();
        foreach (var slot in target.Slots)
        {
            if (slot.IsCalculated || slot.IsConversation || alreadyAnswered.Contains(slot.Key)) continue;
            foreach (var source in ordered)
            {
                if (source.RegioItemsOnly && !slot.Key.StartsWith(RegioPrefix, StringComparison.Ordinal)) continue;
                if (!source.Answers.TryGetValue(slot.Key, out var text) || string.IsNullOrEmpty(text)) continue;
                if (!source.Questionnaire.TryFind(slot.Key, out var from) || from.IsCalculated || from.IsConversation) continue;
                if (!Fits(from, slot, AnswerText.Parse(from, text))) continue;
                taken.Add(new PrefilledAnswer(slot.Key, text, source.ResponseId, source.Label));
                break;
            }
        }
        return taken;
    }

    // A whole number is a valid decimal; any other change of type would reinterpret the answer, and an option the
    // question no longer offers is no answer to it.
    static bool Fits(AnswerSlot from, AnswerSlot to, Value value)
    {
        if (from.Type != to.Type && (from.Type, to.Type) is not (AnswerType.Integer, AnswerType.Decimal)) return false;
        var allowed = to.AllowedValues;
        if (to.IsChoice) return value.ToXPathString().Split(' ', StringSplitOptions.RemoveEmptyEntries).All(allowed.Contains);
        return value.Kind != ValueKind.String || to.Type == AnswerType.Text || allowed.Contains(value.ToXPathString());
    }
}
