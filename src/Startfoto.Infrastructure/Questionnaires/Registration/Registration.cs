namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>What registering a definition did, with a Dutch line for the log, the page and the API.</summary>
public sealed record Registration(string Key, int Version, string Title, string FileName, RegistrationOutcome Outcome)
{
    public string Message => Outcome switch
    {
        RegistrationOutcome.Registered => $"Versie {Version} van '{Key}' ({Title}) is geregistreerd.",
        RegistrationOutcome.Unchanged => $"Versie {Version} van '{Key}' is al geregistreerd met dezelfde inhoud; er is niets veranderd.",
        _ => $"Versie {Version} van '{Key}' is vervangen door de nieuwe inhoud; er waren nog geen antwoorden op deze versie.",
    };
}
