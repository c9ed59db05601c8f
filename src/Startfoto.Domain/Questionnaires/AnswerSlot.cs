using System.Collections.Immutable;
using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// One answerable key of a compiled questionnaire, with its place (<see cref="Slot"/>) in every answer array: a
/// question, a row of a matrix ("question.row"), a calculation, or a field of the verdiepende gesprek.
/// </summary>
/// <param name="Section">The section's key; null for conversation fields, which belong to no section.</param>
/// <param name="IsConversation">Recorded by the regioadviseur, not by the respondent: never counts for progress.</param>
public sealed record AnswerSlot(
    string Key,
    int Slot,
    Question Question,
    AnswerType Type,
    string? Section,
    MatrixRow? Row = null,
    bool IsConversation = false)
{
    /// <summary>For a choice: every value the answer may take. For other types: the special values offered (n.v.t., weet niet).</summary>
    public ImmutableArray<string> AllowedValues => [.. Question.AllowedValues()];

    public bool IsCalculated => Question.Type == QuestionType.Calculated;

    public bool IsChoice => Type is AnswerType.SelectOne or AnswerType.SelectMultiple;

    /// <summary>The answer type the expression language sees for a question of this type.</summary>
    public static AnswerType TypeOf(Question question) => question.Type switch
    {
        QuestionType.SingleChoice or QuestionType.Maturity or QuestionType.YesPartlyNo or QuestionType.Matrix => AnswerType.SelectOne,
        QuestionType.MultipleChoice => AnswerType.SelectMultiple,
        QuestionType.Number => question.Number is { Decimals: > 0 } ? AnswerType.Decimal : AnswerType.Integer,
        QuestionType.Percentage => AnswerType.Decimal,
        QuestionType.Date => AnswerType.Date,
        QuestionType.Calculated => AnswerType.Calculated,
        _ => AnswerType.Text,
    };

    public QuestionSymbol ToSymbol() => new(Key, Slot, Type, IsChoice ? AllowedValues : []);
}
