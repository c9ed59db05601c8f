namespace Startfoto.Infrastructure.Questionnaires.Registration;

public enum RegistrationOutcome
{
    /// <summary>A new key+version: stored.</summary>
    Registered,

    /// <summary>The same key+version with the same content: nothing changed.</summary>
    Unchanged,

    /// <summary>The same key+version with other content and no responses yet: the stored content was replaced.</summary>
    Replaced,

    /// <summary>The same key+version with the same questions and other scoring rules: the rules are a new rules version.</summary>
    RulesChanged,
}
