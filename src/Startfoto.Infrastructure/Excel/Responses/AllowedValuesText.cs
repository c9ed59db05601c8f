using System.Globalization;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>The "Toegestane waarden" cell: what the Antwoord cell of a row accepts, in Dutch.</summary>
static class AllowedValuesText
{
    public static string For(AnswerSlot slot)
    {
        var labels = new ChoiceLabels(slot);
        var specials = labels.HasSpecials ? $"; of {string.Join(" of ", labels.SpecialLabels)}" : "";
        var text = slot.Type switch
        {
            AnswerType.SelectOne => $"Kies uit de lijst: {string.Join(AnswerDisplay.Separator, labels.Labels)}",
            AnswerType.SelectMultiple => $"Een of meer, gescheiden door een puntkomma: "
                + string.Join(AnswerDisplay.Separator, slot.Question.Options.Select(o => o.Label))
                + (labels.HasSpecials ? $". Of alleen {string.Join(" of ", labels.SpecialLabels)}" : ""),
            AnswerType.Integer or AnswerType.Decimal => Number(slot.Question.Number, slot.Type) + specials,
            AnswerType.Date => "Een datum, zoals 31-12-2024" + specials,
            _ => "Tekst" + specials,
        };
        return slot.Question.Required ? $"Verplicht. {text}" : text;
    }

    static string Number(NumberRules? rules, AnswerType type)
    {
        var decimals = rules?.Decimals ?? (type == AnswerType.Integer ? 0 : -1);
        var kind = decimals switch
        {
            0 => "Een geheel getal",
            1 => "Een getal met hooguit 1 cijfer achter de komma",
            > 1 => string.Create(CultureInfo.InvariantCulture, $"Een getal met hooguit {decimals} cijfers achter de komma"),
            _ => "Een getal",
        };
        var range = (rules?.Min, rules?.Max) switch
        {
            ({ } low, { } high) => $" van {Format(low)} tot en met {Format(high)}",
            ({ } low, null) => $" van minstens {Format(low)}",
            (null, { } high) => $" van hoogstens {Format(high)}",
            _ => "",
        };
        return kind + range + (rules?.Unit is { } unit ? $" ({unit})" : "");
    }

    static string Format(double number) => number.ToString(AnswerDisplay.Dutch);
}
