using Startfoto.Domain.Questionnaires;

namespace Startfoto.Web.Features.FillingIn.Form;

/// <summary>Which validation message a field shows now.</summary>
public static class FieldMessage
{
    /// <summary>
    /// The evaluation's message, except "verplicht" on an empty field until the page asks for missing answers:
    /// a form that opens with every question in red tells the respondent nothing.
    /// </summary>
    public static string? For(QuestionState state, bool showMissing) =>
        state.Message is { } message && (showMissing || !state.Value.IsEmpty) ? message : null;
}
