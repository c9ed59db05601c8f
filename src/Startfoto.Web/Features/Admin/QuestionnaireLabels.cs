using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Versions;
using Startfoto.Infrastructure.Questionnaires.Registration;

namespace Startfoto.Web.Features.Admin;

/// <summary>Dutch words for the registry's values, as the Beheerder page shows them.</summary>
public static class QuestionnaireLabels
{
    public static string Kind(InstrumentKind kind) => kind switch
    {
        InstrumentKind.Startfoto => "Startfoto",
        InstrumentKind.Robuustheidsscan => "Robuustheidsscan",
        _ => "Anders",
    };

    public static string Level(QuestionnaireLevel level) => level == QuestionnaireLevel.Gemeente ? "Gemeente" : "Jeugdregio";

    public static string Source(string source) => source == DefinitionSource.Upload ? "Geüpload" : "Bestand";

    public static string Change(SlotChangeKind kind) => kind switch
    {
        SlotChangeKind.Kept => "Verhuist",
        SlotChangeKind.OptionsRemoved => "Opties vervallen",
        SlotChangeKind.TypeChanged => "Ander antwoordtype",
        SlotChangeKind.Removed => "Vervallen",
        _ => "Nieuw",
    };

    /// <summary>What happens to the draft answers under this key, in a sentence.</summary>
    public static string Outcome(SlotChange s) => s.Kind switch
    {
        SlotChangeKind.Kept => "Antwoorden verhuizen naar de nieuwe versie.",
        SlotChangeKind.OptionsRemoved =>
            $"Antwoorden met {string.Join(", ", s.RemovedValues.Select(v => $"'{v}'"))} blijven in de geschiedenis (vervallen optie); de andere verhuizen.",
        SlotChangeKind.TypeChanged => "Antwoorden blijven in de geschiedenis: de vraag vraagt nu een ander soort antwoord.",
        SlotChangeKind.Removed => "Antwoorden blijven in de geschiedenis en worden getoond als vervallen.",
        _ => "Nieuwe vraag: begint leeg.",
    };
}
