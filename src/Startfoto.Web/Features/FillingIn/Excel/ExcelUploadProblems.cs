using Startfoto.Domain.Problems;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>Problems with an upload request itself, before or after its file is read; the file's own are XLR codes.</summary>
public static class ExcelUploadProblems
{
    public static Problem NoFile(Location at) =>
        new("XLU001", "Er is geen bestand meegestuurd. Kies het ingevulde Excel-bestand (.xlsx) en upload het opnieuw.", at);

    public static Problem RequestTooLarge(long maxBytes, Location at) =>
        new("XLU002", $"Het bestand is groter dan {maxBytes / (1024 * 1024)} MB en is niet gelezen. Upload het Excel-bestand dat u hebt gedownload, zonder extra bladen of afbeeldingen.", at);

    public static Problem NotAllowed(Location at) =>
        new("XLU004", "Alleen de gemeente zelf kan een ingevuld bestand voor deze vragenlijst uploaden.", at);

    public static Problem PreviewExpired(Location at) =>
        new("XLU003", "Dit voorbeeld is verlopen of hoort bij een ander bestand. Upload het bestand opnieuw en bekijk de wijzigingen voordat u ze toepast.", at);
}
