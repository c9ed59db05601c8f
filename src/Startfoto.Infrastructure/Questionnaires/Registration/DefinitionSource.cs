namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>Where a registered version came from, as stored in questionnaire_versions.source.</summary>
public static class DefinitionSource
{
    /// <summary>A file in the questionnaires folder, registered at start-up.</summary>
    public const string File = "bestand";

    /// <summary>Uploaded by a Beheerder.</summary>
    public const string Upload = "upload";
}
