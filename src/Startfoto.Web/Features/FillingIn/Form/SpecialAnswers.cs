using Startfoto.Domain.Questionnaires;

namespace Startfoto.Web.Features.FillingIn.Form;

/// <summary>n.v.t. and weet niet as the respondent sees them: extra choices, stored as their option values.</summary>
public static class SpecialAnswers
{
    public static readonly ChoiceOption NotApplicable = new(Question.NotApplicableValue, "Niet van toepassing");
    public static readonly ChoiceOption DontKnow = new(Question.DontKnowValue, "Weet ik niet");

    /// <summary>The special answers this question offers, in the order the form shows them.</summary>
    public static IEnumerable<ChoiceOption> Of(Question question)
    {
        if (question.NotApplicable) yield return NotApplicable;
        if (question.DontKnow) yield return DontKnow;
    }

    /// <summary>The question's options followed by the special answers it offers.</summary>
    public static IReadOnlyList<ChoiceOption> WithOptions(Question question) => [.. question.Options, .. Of(question)];

    public static bool IsSpecial(string value) => value is Question.NotApplicableValue or Question.DontKnowValue;
}
