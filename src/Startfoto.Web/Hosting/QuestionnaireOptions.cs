namespace Startfoto.Web.Hosting;

/// <summary>Section "Questionnaires" (env <c>Questionnaires__Folder</c>, <c>Questionnaires__RegisterOnStartup</c>).</summary>
public sealed class QuestionnaireOptions
{
    public const string Section = "Questionnaires";

    /// <summary>
    /// The folder with the *.json definitions, relative to the content root. Empty: the nearest "questionnaires"
    /// folder from the content root upward — the repository's in development, /app/questionnaires in the image.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>Register the folder's definitions at start. Tests switch it off or point <see cref="Folder"/> elsewhere.</summary>
    public bool RegisterOnStartup { get; set; } = true;
}
