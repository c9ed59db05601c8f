namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>What registering a definition did, with a Dutch line for the log, the page and the API.</summary>
/// <param name="RulesVersion">The rules version the registration stored (new or changed), to recompute results with.</param>
public sealed record Registration(string Key, int Version, string Title, string FileName, RegistrationOutcome Outcome, int? RulesVersion = null)
{
    public string Message => Outcome switch
    {
        RegistrationOutcome.Unchanged when RulesVersion is { } rules =>
            $"Versie {Version} van '{Key}' is al geregistreerd met dezelfde inhoud; de scoreregels (regelversie {rules}) zijn vastgelegd.",
        RegistrationOutcome.RulesChanged =>
            $"Versie {Version} van '{Key}': de vragen zijn gelijk, alleen de scoreregels zijn veranderd" +
            (RulesVersion is { } changed ? $"; regelversie {changed} is vastgelegd." : "."),
        RegistrationOutcome.Registered => $"Versie {Version} van '{Key}' ({Title}) is geregistreerd.",
        RegistrationOutcome.Unchanged => $"Versie {Version} van '{Key}' is al geregistreerd met dezelfde inhoud; er is niets veranderd.",
        _ => $"Versie {Version} van '{Key}' is vervangen door de nieuwe inhoud; er waren nog geen antwoorden op deze versie.",
    };
}
