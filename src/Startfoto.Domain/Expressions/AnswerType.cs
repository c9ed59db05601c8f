namespace Startfoto.Domain.Expressions;

/// <summary>
/// The answer a question holds, as the expression language sees it. The caller supplies matching values:
/// Text/SelectOne/SelectMultiple as strings (a multiple choice as space-separated option values),
/// Integer/Decimal as numbers, Date as a date, Boolean as a boolean; unanswered is always the empty string.
/// </summary>
public enum AnswerType
{
    Text,
    Integer,
    Decimal,
    Date,
    SelectOne,
    SelectMultiple,
    Boolean,

    /// <summary>A calculation: holds whatever its expression returns.</summary>
    Calculated,
}
