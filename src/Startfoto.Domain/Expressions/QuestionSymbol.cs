using System.Collections.Immutable;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// A question an expression may refer to: its key, the slot its answer has in the evaluation's answers,
/// its answer type and, for a choice question, its option values (empty when they are not known).
/// </summary>
public sealed record QuestionSymbol(string Key, int Slot, AnswerType Type, ImmutableArray<string> Options = default)
{
    public bool IsChoice => Type is AnswerType.SelectOne or AnswerType.SelectMultiple;

    public ExpressionType ValueType => Type switch
    {
        AnswerType.Text or AnswerType.SelectOne or AnswerType.SelectMultiple => ExpressionType.String,
        AnswerType.Integer or AnswerType.Decimal => ExpressionType.Number,
        AnswerType.Date => ExpressionType.Date,
        AnswerType.Boolean => ExpressionType.Boolean,
        _ => ExpressionType.Any,
    };

    /// <summary>False only when the options are known and the value is not one of them.</summary>
    public bool MayHaveOption(string value) => Options.IsDefaultOrEmpty || Options.Contains(value, StringComparer.Ordinal);
}
