using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Web.Features.FillingIn.Form;

namespace Startfoto.Web.Features.Conversation;

/// <summary>An answer as a reader reads it: option labels instead of values, Dutch numbers and dates.</summary>
public static class AnswerLabel
{
    public const string Unanswered = "Niet beantwoord";

    public static string Of(AnswerSlot slot, Value value)
    {
        if (value.IsEmpty) return Unanswered;
        var options = SpecialAnswers.WithOptions(slot.Question);
        if (slot.IsChoice || AnswerValues.IsSpecial(value))
        {
            var chosen = AnswerValues.Text(value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(", ", chosen.Select(v => options.FirstOrDefault(o => o.Value == v)?.Label ?? v));
        }
        return AnswerValues.Display(value);
    }

    /// <summary>The label of an option value of a question, or the value itself when the question has no such option.</summary>
    public static string Option(Question question, string value) =>
        question.Options.FirstOrDefault(o => o.Value == value)?.Label ?? value;
}
