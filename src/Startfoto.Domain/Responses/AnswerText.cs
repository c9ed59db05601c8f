using System.Globalization;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Responses;

/// <summary>
/// An answer as it is stored and audited: its XPath text (numbers as JavaRosa prints them, dates "yyyy-MM-dd",
/// multiple choice as space-separated option values), null when unanswered. The slot's type says how to read it back.
/// </summary>
public static class AnswerText
{
    public static string? Format(Value value) => value.IsEmpty ? null : value.ToXPathString();

    public static Value Parse(AnswerSlot slot, string? text)
    {
        if (string.IsNullOrEmpty(text)) return Value.Empty;
        if (!slot.IsChoice && slot.AllowedValues.Contains(text)) return Value.String(text); // n.v.t. or weet niet
        return slot.Type switch
        {
            AnswerType.Integer or AnswerType.Decimal => Value.Number(XPathNumber.Parse(text)),
            AnswerType.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => Value.Date(d),
            _ => Value.String(text),
        };
    }

    /// <summary>The stored texts of a response (key → text) as an answer set; keys the version no longer has are skipped.</summary>
    public static AnswerSet ToAnswerSet(Questionnaire questionnaire, IEnumerable<KeyValuePair<string, string?>> stored)
    {
        var answers = questionnaire.NewAnswers();
        foreach (var (key, text) in stored)
            if (questionnaire.TryFind(key, out var slot) && !slot.IsCalculated) answers[slot.Slot] = Parse(slot, text);
        return answers;
    }
}
