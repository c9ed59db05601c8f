using Startfoto.Domain.Questionnaires;

namespace Startfoto.Web.Features.FillingIn.Form;

/// <summary>Progress of one section, counted as <see cref="Progress"/> counts the whole: answered of visible required.</summary>
public static class SectionProgress
{
    public static Progress Of(Questionnaire questionnaire, QuestionnaireEvaluation evaluation, string sectionKey)
    {
        var (answered, required) = (0, 0);
        foreach (var slot in questionnaire.Slots)
        {
            if (slot.IsConversation || slot.Section != sectionKey) continue;
            var state = evaluation[slot.Slot];
            if (!state.Required) continue;
            required++;
            if (!state.Value.IsEmpty) answered++;
        }
        return new Progress(answered, required);
    }
}
