using System.Globalization;
using Startfoto.Domain.Questionnaires;
using static Startfoto.Infrastructure.Questionnaires.XlsForm.SurveyType;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// XLSForm type (+ startfoto_type, + appearance multiline) ↔ our question type. XLSForm alone gives SingleChoice,
/// MultipleChoice, Number, ShortText, LongText, Date and Calculated; startfoto_type keeps our finer types
/// (maturity, yesPartlyNo, percentage, matrix) through a round trip.
/// </summary>
static class QuestionTypes
{
    public static readonly string[] Names = [.. Enum.GetValues<QuestionType>().Select(CamelCase)];

    public static string CamelCase(QuestionType type) =>
        char.ToLower(type.ToString()[0], CultureInfo.InvariantCulture) + type.ToString()[1..];

    public static QuestionType? Parse(string text) =>
        Enum.GetValues<QuestionType>().Select(t => (QuestionType?)t)
            .FirstOrDefault(t => string.Equals(CamelCase(t!.Value), text.Trim(), StringComparison.OrdinalIgnoreCase));

    public static QuestionType Default(Kind kind, bool multiline) => kind switch
    {
        Kind.SelectOne => QuestionType.SingleChoice,
        Kind.SelectMultiple => QuestionType.MultipleChoice,
        Kind.Integer or Kind.Decimal => QuestionType.Number,
        Kind.Date => QuestionType.Date,
        Kind.Calculate => QuestionType.Calculated,
        Kind.BeginGroup => QuestionType.Matrix,
        _ => multiline ? QuestionType.LongText : QuestionType.ShortText,
    };

    public static bool Fits(Kind kind, QuestionType type) => kind switch
    {
        Kind.SelectOne => type is QuestionType.SingleChoice or QuestionType.Maturity or QuestionType.YesPartlyNo,
        Kind.SelectMultiple => type is QuestionType.MultipleChoice,
        Kind.Integer or Kind.Decimal => type is QuestionType.Number or QuestionType.Percentage,
        Kind.Text => type is QuestionType.ShortText or QuestionType.LongText,
        Kind.Date => type is QuestionType.Date,
        Kind.Calculate => type is QuestionType.Calculated,
        Kind.BeginGroup => type is QuestionType.Matrix,
        _ => false,
    };

    /// <summary>The XLSForm type written for a question; the list name for choice types.</summary>
    public static string XlsFormType(Question q, string? list) => q.Type switch
    {
        QuestionType.SingleChoice or QuestionType.Maturity or QuestionType.YesPartlyNo => $"select_one {list}",
        QuestionType.MultipleChoice => $"select_multiple {list}",
        QuestionType.Number => q.Number is { Decimals: > 0 } ? "decimal" : "integer",
        QuestionType.Percentage => "decimal",
        QuestionType.Date => "date",
        QuestionType.Calculated => "calculate",
        QuestionType.Matrix => "begin group",
        _ => "text",
    };

    /// <summary>startfoto_type is written only where the XLSForm type does not already say it.</summary>
    public static string? StartfotoType(QuestionType type) =>
        type is QuestionType.Maturity or QuestionType.YesPartlyNo or QuestionType.Percentage or QuestionType.Matrix ? CamelCase(type) : null;
}
