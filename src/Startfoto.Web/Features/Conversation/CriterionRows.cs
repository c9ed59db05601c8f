using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;

namespace Startfoto.Web.Features.Conversation;

/// <summary>The summary per criterion: zelfscan, oordeel adviseur (empty follows the self-scan), zekerheid and behoefte.</summary>
public static class CriterionRows
{
    public const string FollowsSelfScan = "Volgt zelfscan";
    public const string NoLevel = "Geen niveau";
    public const string NotFilled = "Niet ingevuld";

    public static IReadOnlyList<CriterionRow> Of(QuestionnaireEvaluation evaluation, IReadOnlyDictionary<string, string> levels)
    {
        var questionnaire = evaluation.Questionnaire;
        return [.. questionnaire.Definition.Themes.Select(theme =>
        {
            var assessment = Field(evaluation, theme.Key, ConversationCheck.AssessmentField);
            var given = assessment is { Value.IsEmpty: false };
            return new CriterionRow(theme.Key, theme.Title,
                SelfScanAnswers.LevelLabel(questionnaire, levels, theme.Key) ?? NoLevel,
                given ? Label(assessment) : FollowsSelfScan,
                given && assessment!.Value.Value.ToXPathString() != levels.GetValueOrDefault(theme.Key),
                Label(Field(evaluation, theme.Key, "zekerheid")),
                Label(Field(evaluation, theme.Key, "behoefte")));
        })];
    }

    static QuestionState? Field(QuestionnaireEvaluation evaluation, string theme, string field) =>
        evaluation.Questionnaire.TryFind(ConversationFields.PerThemeKey(theme, field), out var slot) ? evaluation[slot.Slot] : null;

    static string Label(QuestionState? state) =>
        state is { Value.IsEmpty: false } s ? AnswerLabel.Of(s.Slot, s.Value) : NotFilled;
}
