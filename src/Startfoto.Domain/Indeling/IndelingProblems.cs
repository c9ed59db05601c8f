using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Indeling;

/// <summary>Everything that can be wrong with an indeling file or its import: stable codes, Dutch messages that say how to fix.</summary>
public static class IndelingProblems
{
    const string SaveAsCsvUtf8 = "sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)' of als Excel-werkmap (.xlsx)";

    public static Problem FileTooLarge(long bytes, long maxBytes, Location at) =>
        new("IND001", $"Het bestand is {Megabytes(bytes)} MB; de grens is {Megabytes(maxBytes)} MB. " +
            "Een indeling met alle gemeenten is nog geen 100 kB: kies het goede bestand.", at);

    public static Problem EmptyFile(Location at) =>
        new("IND002", $"Het bestand is leeg. Verwacht een kopregel '{IndelingColumns.HeaderLine}' en een regel per gemeente.", at);

    public static Problem NotCsvOrXlsx(string looksLike, Location at) =>
        new("IND003", $"Dit is geen CSV- of XLSX-bestand (het lijkt {looksLike}). Lever de indeling aan als CSV of als Excel-werkmap (.xlsx).", at);

    public static Problem NotUtf8(string sample, Location at) =>
        new("IND004", $"De tekst '{sample}' is niet in UTF-8 opgeslagen, waardoor namen verminkt zouden worden; {SaveAsCsvUtf8}.", at);

    public static Problem Utf16(Location at) =>
        new("IND005", $"Het bestand is opgeslagen als 'Unicode-tekst' (UTF-16); {SaveAsCsvUtf8}.", at);

    public static Problem CorruptXlsx(Location at) =>
        new("IND006", "Het Excel-bestand is beschadigd en kan niet worden gelezen. Open het in Excel en sla het opnieuw op als .xlsx.", at);

    public static Problem XlsxTooLargeUnpacked(Location at) =>
        new("IND007", "Het Excel-bestand wordt uitgepakt veel te groot (meer dan 50 MB of extreem sterk gecomprimeerd) en is daarom geweigerd. " +
            "Sla alleen de indeling op in een nieuwe werkmap, of lever een CSV-bestand aan.", at);

    public static Problem ZipWithoutWorkbook(Location at) =>
        new("IND008", "Dit is een zip-bestand, maar geen Excel-werkmap (.xlsx). Pak het uit en lever het CSV- of XLSX-bestand zelf aan.", at);

    public static Problem LegacyOrProtectedExcel(Location at) =>
        new("IND009", "Dit is een oud Excel-bestand (.xls) of een met een wachtwoord beveiligde werkmap. " +
            "Sla het in Excel op als 'Excel-werkmap (.xlsx)' zonder wachtwoord, of als 'CSV UTF-8'.", at);

    public static Problem BadQuotes(Location at) =>
        new("IND010", "Aanhalingstekens staan hier niet goed: een waarde met een komma of puntkomma moet helemaal tussen \"…\" staan " +
            "en een \" binnen de waarde moet dubbel (\"\"). Controleer deze regel.", at);

    public static Problem MissingColumn(string column, Location at) =>
        new("IND011", $"Kolom '{column}' ontbreekt; verwacht: {IndelingColumns.HeaderLine} (op de eerste regel, gescheiden door komma's of puntkomma's).", at);

    public static Problem DuplicateColumn(string column, int firstColumn, int secondColumn, Location at) =>
        new("IND012", $"Kolom '{column}' staat twee keer in de kopregel (kolom {firstColumn} en {secondColumn}); verwijder er één.", at);

    public static Problem OnlyHeader(Location at) =>
        new("IND013", "Het bestand bevat alleen een kopregel en geen gemeenten. Zet onder de kopregel een regel per gemeente.", at);

    public static Problem EmptyCell(string column, Location at) =>
        new("IND014", $"'{column}' is leeg; vul het in.", at);

    public static Problem InvalidGemeenteCode(string value, Location at) =>
        new("IND015", $"'{value}' is geen geldige gemeentecode: verwacht GM en vier cijfers, zoals GM0599 (CBS-code).", at);

    public static Problem InvalidJeugdregioCode(string value, Location at) =>
        new("IND016", $"'{value}' is geen geldige jeugdregiocode: verwacht JZ en twee cijfers, zoals JZ29 (CBS-code).", at);

    public static Problem InvalidProvincieCode(string value, Location at) =>
        new("IND017", $"'{value}' is geen geldige provinciecode: verwacht PV en twee cijfers, zoals PV28 (CBS-code).", at);

    public static Problem DuplicateGemeente(string code, int otherRow, Location at) =>
        new("IND018", $"Gemeentecode {code} staat ook in rij {otherRow}; een gemeente hoort één keer in de indeling te staan. Verwijder een van beide rijen.", at);

    public static Problem JeugdregioWithTwoNames(string code, string name, string otherName, int otherRow, Location at) =>
        new("IND019", $"Jeugdregio {code} heet hier '{name}', maar in rij {otherRow} '{otherName}'; één code hoort één naam te hebben. Maak de namen gelijk.", at);

    public static Problem ProvincieWithTwoNames(string code, string name, string otherName, int otherRow, Location at) =>
        new("IND020", $"Provincie {code} heet hier '{name}', maar in rij {otherRow} '{otherName}'; één code hoort één naam te hebben. Maak de namen gelijk.", at);

    public static Problem TooLong(string column, Location at) =>
        new("IND021", $"'{column}' is langer dan {IndelingColumns.MaxNameLength} tekens; kort de naam in.", at);

    public static Problem YearOutOfRange(int year, int min, int max) =>
        new("IND022", $"Jaar {year} valt buiten {min}–{max}; geef het jaar van de indeling, zoals 2024.", Location.Nowhere);

    public static Problem GemeenteHasResponses(string code, string name, int year, int responses) =>
        new("IND023", $"Gemeente {code} {name} ontbreekt in het bestand, maar heeft al {responses} respons(en) in {year} en kan daarom niet " +
            "uit de indeling van dat jaar verdwijnen. Zet de gemeente terug in het bestand.", new Location(Key: code));

    public static Problem JeugdregioHasRounds(string code, string name, int year, int rounds) =>
        new("IND026", $"Jeugdregio {code} {name} ontbreekt in het bestand, maar heeft al {rounds} ronde(s) in {year} en kan daarom niet " +
            "uit de indeling van dat jaar verdwijnen. Zet de jeugdregio terug in het bestand.", new Location(Key: code));

    public static Problem NoIndelingForYear(int year) =>
        new("IND024", $"Er is geen indeling voor {year}. Importeer eerst een bestand voor dat jaar.", Location.Nowhere);

    public static Problem FileNotFound(string path) =>
        new("IND025", $"Bestand '{path}' bestaat niet of kan niet worden gelezen; controleer de naam en de map.", new Location(File: path));

    static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
