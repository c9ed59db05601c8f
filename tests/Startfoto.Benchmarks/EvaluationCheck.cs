using Startfoto.Domain.Questionnaires;

namespace Startfoto.Benchmarks;

/// <summary>
/// What one evaluation of a case finds, counted per question (a matrix is one question) as SurveyJS counts it, so
/// the report shows both engines evaluated the same form to a comparable result.
/// </summary>
public sealed record EvaluationCheck(int Questions, int VisibleQuestions, int QuestionsWithErrors, int Conditions,
    int Constraints, int Calculations)
{
    public static EvaluationCheck Of(EvaluationCase evaluationCase)
    {
        var (questionnaire, answers) = evaluationCase.Compile();
        var evaluation = questionnaire.Evaluate(answers, EvaluationCase.Today);
        var questions = evaluation.All.Where(s => !s.Slot.IsConversation).GroupBy(s => s.Slot.Question).ToList();
        var definition = questionnaire.Definition;
        return new(
            questions.Count,
            questions.Count(q => q.Any(s => s.Visible)),
            questions.Count(q => q.Any(s => !s.Valid)),
            definition.Questions.Count(q => q.VisibleWhen is not null) + definition.Sections.Count(s => s.VisibleWhen is not null),
            definition.Questions.Count(q => q.Constraint is not null),
            definition.Questions.Count(q => q.Calculation is not null));
    }
}
