using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;
using Startfoto.Web.Features.FillingIn;

namespace Startfoto.Web.Features.Conversation;

/// <summary>The visible self-scan answers of one criterion (theme), in form order, with their toelichting.</summary>
public static class SelfScanAnswers
{
    public static IReadOnlyList<SelfScanAnswer> Of(ResponseForm form, QuestionnaireEvaluation evaluation, string theme)
    {
        var unconfirmed = form.Unconfirmed;
        var answers = new List<SelfScanAnswer>();
        foreach (var state in evaluation.All)
        {
            var slot = state.Slot;
            if (slot.IsConversation || !state.Visible || slot.Question.Theme != theme) continue;
            var text = unconfirmed.TryGetValue(slot.Key, out var source)
                ? $"Nog niet bevestigd (overgenomen uit {source})"
                : AnswerLabel.Of(slot, state.Value);
            // A matrix keeps its one toelichting under its first row.
            var comment = form.Answers.TryGetValue(slot.Key, out var stored) ? stored.Comment : null;
            answers.Add(new SelfScanAnswer(slot.Key, Completeness.LabelOf(slot), text, comment));
        }
        return answers;
    }

    /// <summary>"Ingericht": the self-scan level as the label of the assessment scale; null when the theme has no scored answer.</summary>
    public static string? LevelLabel(Questionnaire questionnaire, IReadOnlyDictionary<string, string> levels, string theme)
    {
        if (!levels.TryGetValue(theme, out var level)) return null;
        var scale = questionnaire.Definition.Conversation.PerTheme.FirstOrDefault(q => q.Key == ConversationCheck.AssessmentField);
        return scale is null ? level : AnswerLabel.Option(scale, level);
    }
}
