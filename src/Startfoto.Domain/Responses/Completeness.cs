using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Responses;

/// <summary>
/// Whether a response can be submitted: every visible required question answered and every visible answer valid.
/// An answer taken over from an earlier response counts as unanswered until the respondent confirms it, so evaluate
/// the confirmed answers only (<see cref="ConfirmedOnly"/>); a required question whose only answer is such an
/// unconfirmed one is reported as "bevestig", not as "beantwoord". Hidden questions keep their answers but count for
/// nothing; conversation fields are the adviseur's, not the respondent's.
/// </summary>
public static class Completeness
{
    /// <param name="unconfirmed">Key → where its unconfirmed answer came from ("Startfoto 2024").</param>
    public static IReadOnlyList<MissingAnswer> Missing(QuestionnaireEvaluation confirmed, IReadOnlyDictionary<string, string> unconfirmed)
    {
        var missing = new List<MissingAnswer>();
        foreach (var state in confirmed.All)
        {
            var slot = state.Slot;
            if (!state.Visible || slot.IsConversation || slot.IsCalculated) continue;
            var label = LabelOf(slot);
            if (state.Required && state.Value.IsEmpty)
                missing.Add(unconfirmed.TryGetValue(slot.Key, out var source)
                    ? new(slot.Key, slot.Section, label, MissingReason.PrefillNotConfirmed, ResponseProblems.PrefillNotConfirmed(slot.Key, label, source).Message)
                    : new(slot.Key, slot.Section, label, MissingReason.Unanswered, ResponseProblems.Unanswered(slot.Key, label).Message));
            else if (!state.Value.IsEmpty && state.Message is { } message)
                missing.Add(new(slot.Key, slot.Section, label, MissingReason.Invalid, ResponseProblems.Invalid(slot.Key, label, message).Message));
        }
        return missing;
    }

    /// <summary>The answers with every unconfirmed taken-over answer left out: what progress, submit and the snapshot count.</summary>
    public static AnswerSet ConfirmedOnly(AnswerSet answers, IEnumerable<string> unconfirmedKeys)
    {
        var confirmed = answers.Questionnaire.NewAnswers();
        for (var slot = 0; slot < answers.Values.Length; slot++) confirmed[slot] = answers[slot];
        foreach (var key in unconfirmedKeys)
            if (answers.Questionnaire.TryFind(key, out var slot)) confirmed[slot.Slot] = default;
        return confirmed;
    }

    public static IEnumerable<Problem> AsProblems(IEnumerable<MissingAnswer> missing) =>
        missing.Select(m => new Problem(m.Reason switch
        {
            MissingReason.Unanswered => "RSP010",
            MissingReason.Invalid => "RSP011",
            _ => "RSP012",
        }, m.Message, new Location(Key: m.Key)));

    /// <summary>The question as the respondent reads it: a matrix row as "matrix — row".</summary>
    public static string LabelOf(AnswerSlot slot) => slot.Row is { } row ? $"{slot.Question.Label} — {row.Label}" : slot.Question.Label;
}
