using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Responses;

/// <summary>
/// The level a self-scan gives itself per criterion, on the scale of the adviseur's assessment: the weighted mean of
/// the scores of the visible, scored answers of that theme (n.v.t. and weet niet have no score), rounded to the
/// nearest level of the scale. An adviseur's assessment is compared with this level.
/// </summary>
public static class SelfScanLevels
{
    public static IReadOnlyDictionary<string, string> Of(QuestionnaireEvaluation evaluation)
    {
        var scale = evaluation.Questionnaire.Definition.Conversation.PerTheme
            .FirstOrDefault(q => q.Key == ConversationCheck.AssessmentField)?.Options.Where(o => o.Score is not null).ToList();
        var levels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (scale is null or { Count: 0 }) return levels;
        foreach (var theme in evaluation.Questionnaire.Definition.Themes)
        {
            var (sum, weight) = (0.0, 0.0);
            foreach (var state in evaluation.All)
            {
                if (!state.Visible || state.Slot.IsConversation || state.Slot.Question.Theme != theme.Key || state.Value.IsEmpty) continue;
                if (Score(state) is not { } score) continue;
                sum += score * state.Slot.Question.Weight;
                weight += state.Slot.Question.Weight;
            }
            if (weight == 0) continue;
            var mean = sum / weight;
            levels[theme.Key] = scale.MinBy(o => Math.Abs(o.Score!.Value - mean))!.Value;
        }
        return levels;
    }

    static double? Score(QuestionState state)
    {
        var options = state.Slot.Question.Options;
        if (options.IsEmpty || !state.Slot.IsChoice) return null;
        var chosen = state.Value.ToXPathString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (state.Slot.Type == Expressions.AnswerType.SelectOne)
            return options.FirstOrDefault(o => o.Value == chosen.FirstOrDefault())?.Score;
        return null; // a multiple choice scores by share of options ticked: that is the scoring rules' business
    }
}
