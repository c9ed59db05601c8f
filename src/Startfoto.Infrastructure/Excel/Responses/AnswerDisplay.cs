using System.Globalization;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// An answer as the workbook and the upload preview show it: option labels instead of values (a multiple choice
/// joined by "; "), numbers in Dutch notation, dates as jjjj-mm-dd.
/// </summary>
public static class AnswerDisplay
{
    public const string Separator = "; ";

    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Format(AnswerSlot slot, Value value)
    {
        if (value.IsEmpty) return "";
        return value.Kind switch
        {
            ValueKind.Number => value.ToNumber().ToString(Dutch),
            ValueKind.String => Labels(slot, value.ToXPathString()),
            _ => value.ToXPathString(),
        };
    }

    static string Labels(AnswerSlot slot, string text)
    {
        var labels = new ChoiceLabels(slot);
        if (slot.Type == AnswerType.SelectMultiple)
            return string.Join(Separator, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(labels.LabelOf));
        return labels.LabelOf(text); // a text answer is its own label, unless it is the value nvt or weet_niet
    }
}
