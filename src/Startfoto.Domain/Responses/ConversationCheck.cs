using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Responses;

/// <summary>
/// The verdiepende gesprek of a Robuustheidsscan: per criterion the regioadviseur may give an own assessment
/// ("oordeel"). An empty assessment follows the self-scan; one that differs from the self-scan must be motivated, so the
/// subjectivity of the judgement is written down (INSTRUMENTS.md, Robuustheidsscan).
/// </summary>
public static class ConversationCheck
{
    public const string AssessmentField = "oordeel";
    public const string MotivationField = "motivering";

    /// <param name="selfScan">The self-scan's level per theme key, as an option value of the assessment scale; null when it has none.</param>
    public static IReadOnlyList<Problem> Check(QuestionnaireEvaluation evaluation, Func<string, string?> selfScan)
    {
        var problems = new List<Problem>();
        var definition = evaluation.Questionnaire.Definition;
        if (!definition.Conversation.PerTheme.Any(q => q.Key == AssessmentField)
            || !definition.Conversation.PerTheme.Any(q => q.Key == MotivationField)) return problems;
        foreach (var theme in definition.Themes)
        {
            var assessment = evaluation[ConversationFields.PerThemeKey(theme.Key, AssessmentField)].Value;
            if (assessment.IsEmpty || assessment.ToXPathString() == selfScan(theme.Key)) continue;
            var motivationKey = ConversationFields.PerThemeKey(theme.Key, MotivationField);
            if (string.IsNullOrWhiteSpace(evaluation[motivationKey].Value.ToXPathString()))
                problems.Add(ResponseProblems.MotivationRequired(theme.Title, motivationKey));
        }
        return problems;
    }
}
