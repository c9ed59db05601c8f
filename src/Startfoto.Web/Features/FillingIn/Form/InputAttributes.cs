using Startfoto.Domain.Questionnaires;

namespace Startfoto.Web.Features.FillingIn.Form;

/// <summary>The ARIA attributes of a single input: required, invalid, and what describes it.</summary>
public static class InputAttributes
{
    public static Dictionary<string, object> For(QuestionState state, FieldIds ids, string? message, string? unitId = null)
    {
        var attributes = new Dictionary<string, object>
        {
            // The browser keeps a copy of what is typed, by key, until the server confirms it (fill-in.js).
            ["data-answer-key"] = state.Key,
            ["data-answer-kind"] = state.Slot.Question.Type switch
            {
                QuestionType.Number or QuestionType.Percentage => "number",
                QuestionType.Date => "date",
                _ => "text",
            },
        };
        if (state.Required) attributes["aria-required"] = "true";
        if (message is not null) attributes["aria-invalid"] = "true";
        var help = string.IsNullOrWhiteSpace(state.Slot.Question.Help) ? null : ids.Help;
        if (FieldIds.Join(unitId, help, message is null ? null : ids.Message) is { } describedBy)
            attributes["aria-describedby"] = describedBy;
        return attributes;
    }
}
