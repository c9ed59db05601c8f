using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using P = Startfoto.Infrastructure.Excel.Responses.ResponseWorkbookProblems;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// The questionnaire's own rules on the answers as they would be after the upload: the file's answers merged over
/// the current ones and evaluated, so ranges, decimals, conditions and visibility are judged exactly as the form does.
/// </summary>
static class AnswerRulesCheck
{
    public static void Run(Questionnaire questionnaire, IReadOnlyList<UploadedAnswer> uploaded,
        IReadOnlyDictionary<string, CurrentAnswer> current, DateOnly today, List<Problem> problems)
    {
        var answers = questionnaire.NewAnswers();
        foreach (var (key, answer) in current)
            if (questionnaire.TryFind(key, out var slot)) answers[slot.Slot] = answer.Value;
        foreach (var row in uploaded)
            if (row.Value is { } value) answers[row.Slot.Slot] = value;
        var evaluation = questionnaire.Evaluate(answers, today);

        foreach (var row in uploaded)
        {
            // An unreadable cell is reported already; a hidden question is not checked, as in the form.
            if (row.Value is not { } value || evaluation[row.Slot.Slot] is not { Visible: true } state) continue;
            var at = row.At(ResponseSheet.Answer);
            if (!value.IsEmpty)
            {
                if (state.Message is { } rule) problems.Add(P.Rejected(row.Text, rule, at));
                continue;
            }
            // An empty cell means "no answer in this file". For a question that was never answered that is simply
            // still unanswered, as the form allows while filling in. But where a required question has an answer
            // now, applying the file would erase it, which the form never does to a required question: refuse it.
            if (state.Required && current.TryGetValue(row.Slot.Key, out var was) && !was.Value.IsEmpty)
                problems.Add(P.RequiredErased(AnswerDisplay.Format(row.Slot, was.Value), at));
        }
    }
}
