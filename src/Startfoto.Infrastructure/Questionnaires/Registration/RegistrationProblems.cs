using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>Problems registering a definition: stable codes, Dutch messages that say how to fix them.</summary>
public static class RegistrationProblems
{
    public static Problem HasResponses(string key, int version, Location at) =>
        new("REG001", $"Versie {version} van '{key}' heeft al antwoorden en kan niet meer veranderen; verhoog de versie.", at);

    public static Problem UploadedVersionDiffers(string key, int version, Location at) =>
        new("REG002", $"Versie {version} van '{key}' is door een beheerder geüpload en verschilt van dit bestand; het bestand " +
            "is niet geactiveerd. Verhoog de versie in het bestand, of upload het als de nieuwe inhoud van deze versie.", at);

    public static Problem SameVersionInTwoFiles(string key, int version, string otherFile, Location at) =>
        new("REG003", $"Versie {version} van '{key}' staat ook in {otherFile}, met een andere inhoud; geef elk bestand een eigen versie.", at);

    public static Problem EmptyFile(Location at) =>
        new("REG005", "Het bestand is leeg; kies het bestand met de vragenlijst (JSON of XLSForm .xlsx).", at);

    public static Problem FileTooLarge(long bytes, long maxBytes, Location at) =>
        new("REG006", $"Het bestand is {Megabytes(bytes)} MB; de grens is {Megabytes(maxBytes)} MB. Kies het goede bestand.", at);

    public static Problem NotUtf8(Location at) =>
        new("REG007", "Het bestand is geen UTF-8-tekst en geen Excel-werkmap; sla de vragenlijst op als JSON in UTF-8 of als XLSForm (.xlsx).", at);

    public static Problem InvalidVersion(int version, Location at) =>
        new("REG008", $"Versie {version} is ongeldig: een versie is een geheel getal vanaf 1.", at);

    public static Problem KeyTooLong(string key, int max, Location at) =>
        new("REG009", $"Sleutel '{key}' is te lang: ten hoogste {max} tekens.", at);

    public static Problem FolderMissing(string folder) =>
        new("REG010", $"De map met vragenlijsten bestaat niet: {folder}. Zet Questionnaires__Folder naar de map met de definities (*.json, *.xlsx).",
            new Location(File: folder));

    public static Problem Unreadable(string detail, Location at) =>
        new("REG011", $"Het bestand kon niet worden gelezen: {detail}", at);

    static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.GetCultureInfo("nl-NL"));
}
