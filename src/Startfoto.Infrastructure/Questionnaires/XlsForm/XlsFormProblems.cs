using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>Problems with an XLSForm workbook: stable codes, Dutch messages that say how to fix them, located by sheet, row and column.</summary>
public static class XlsFormProblems
{
    public static Problem FileTooLarge(long maxBytes, Location at) =>
        new("XLS001", $"Het bestand is groter dan {maxBytes / 1024 / 1024} MB; een vragenlijst is veel kleiner. Kies het goede bestand.", at);

    public static Problem NotAWorkbook(string what, Location at) =>
        new("XLS002", $"Dit is geen Excel-werkmap (.xlsx) maar {what}. Sla de XLSForm in Excel op als 'Excel-werkmap (.xlsx)'.", at);

    public static Problem CorruptWorkbook(Location at) =>
        new("XLS003", "Het Excel-bestand is beschadigd of te groot uitgepakt (meer dan 50 MB) en is niet gelezen. Open het in Excel en sla het opnieuw op als .xlsx.", at);

    public static Problem MissingSurvey(IEnumerable<string> sheets, Location at) =>
        new("XLS004", $"Werkblad 'survey' ontbreekt (de werkmap heeft: {string.Join(", ", sheets.Select(s => $"'{s}'"))}). " +
            "Noem het werkblad met de vragen 'survey'.", at);

    public static Problem MissingColumn(string column, Location at) =>
        new("XLS005", $"Kolom '{column}' ontbreekt in de kopregel; voeg hem toe.", at);

    public static Problem DuplicateColumn(string column, string first, string second, Location at) =>
        new("XLS006", $"Kolom '{column}' staat twee keer in de kopregel (kolom {first} en {second}); verwijder er één.", at);

    public static Problem UnknownColumn(string column, Location at) =>
        new("XLS007", $"Kolom '{column}' is onbekend en wordt niet gelezen; verwijder de kolom of controleer de spelling.", at);

    public static Problem UnsupportedColumn(string column, string reason, Location at) =>
        new("XLS008", $"Kolom '{column}' wordt niet ondersteund ({reason}); laat de cel leeg.", at);

    public static Problem UnsupportedType(string type, string reason, Location at) =>
        new("XLS009", $"Type '{type}' wordt niet ondersteund: {reason}.", at);

    public static Problem UnknownType(string type, Location at) =>
        new("XLS010", $"Type '{type}' is onbekend; gebruik bijvoorbeeld text, integer, decimal, date, select_one LIJST, select_multiple LIJST, calculate of begin group.", at);

    public static Problem MissingCell(string column, Location at) =>
        new("XLS011", $"'{column}' is leeg; vul het in.", at);

    public static Problem UnknownList(string list, Location at) =>
        new("XLS012", $"Keuzelijst '{list}' staat niet in het werkblad 'choices'; voeg de opties toe of verbeter de naam.", at);

    public static Problem NotABoolean(string column, string value, Location at) =>
        new("XLS013", $"'{value}' in kolom {column} is geen ja of nee; schrijf yes of no (een expressie wordt hier niet ondersteund).", at);

    public static Problem NotANumber(string column, string value, Location at) =>
        new("XLS014", $"'{value}' in kolom {column} is geen getal; schrijf bijvoorbeeld 2 of 0.5.", at);

    public static Problem NestedGroup(Location at) =>
        new("XLS015", "Een groep binnen een groep wordt niet ondersteund: een sectie bevat geen secties. Sluit de vorige groep eerst af met 'end group'.", at);

    public static Problem UnmatchedEnd(Location at) =>
        new("XLS016", "'end group' zonder bijbehorende 'begin group'; verwijder deze rij of voeg de 'begin group' toe.", at);

    public static Problem UnclosedGroup(Location at) =>
        new("XLS017", "Deze groep wordt nergens afgesloten; voeg een rij 'end group' toe.", at);

    public static Problem WrongStartfotoType(string startfotoType, string type, Location at) =>
        new("XLS018", $"startfoto_type '{startfotoType}' past niet bij type '{type}'; kies een ander startfoto_type of laat de cel leeg.", at);

    public static Problem UnknownStartfotoType(string value, IEnumerable<string> allowed, Location at) =>
        new("XLS019", $"'{value}' is geen geldig startfoto_type; kies uit: {string.Join(", ", allowed)}.", at);

    public static Problem MatrixRowType(Location at) =>
        new("XLS020", "Een rij van een matrix is een 'select_one' met dezelfde keuzelijst als de andere rijen van die matrix.", at);

    public static Problem InvalidVersion(string value, Location at) =>
        new("XLS021", $"Versie '{value}' is geen geheel getal tot 2147483647; gebruik een volgnummer zoals 3 (of een datumversie als 2024010101).", at);

    public static Problem UnsupportedSetting(string setting, Location at) =>
        new("XLS022", $"Instelling '{setting}' wordt niet ondersteund; laat de cel leeg.", at);

    public static Problem UnsupportedSheet(string sheet, string reason, Location at) =>
        new("XLS023", $"Werkblad '{sheet}' wordt niet ondersteund ({reason}); verwijder het.", at);

    public static Problem UnsupportedAppearance(string appearance, Location at) =>
        new("XLS024", $"Appearance '{appearance}' wordt niet ondersteund; laat de cel leeg (multiline maakt van tekst een lange tekst).", at);

    public static Problem WrongScope(string value, Location at) =>
        new("XLS025", $"Scope '{value}' is onbekend; kies perTheme (per thema) of general (eenmaal per gesprek).", at);

    public static Problem UnknownValue(string column, string value, IEnumerable<string> allowed, Location at) =>
        new("XLS026", $"'{value}' is geen geldige waarde voor {column}; kies uit: {string.Join(", ", allowed)}.", at);

    public static Problem UnknownScoringType(string type, IEnumerable<string> allowed, Location at) =>
        new("XLS027", $"Type '{type}' is onbekend in het werkblad 'scoring'; kies uit: {string.Join(", ", allowed)}.", at);

    public static Problem ColumnNotForType(string column, string type, IEnumerable<string> used, Location at) =>
        new("XLS028", $"Kolom '{column}' hoort niet bij een rij van type '{type}' (die gebruikt {string.Join(", ", used)}); " +
            "laat de cel leeg of kies een ander type.", at);

    public static Problem DuplicateSetting(string setting, int firstRow, Location at) =>
        new("XLS029", $"Instelling '{setting}' staat al in rij {firstRow}; verwijder een van beide.", at);

    public static Problem MissingSetting(string setting, Location at) =>
        new("XLS030", $"Instelling '{setting}' ontbreekt; voeg een rij toe met type setting, key {setting} en de waarde in kolom value.", at);

    public static Problem BothBounds(Location at) =>
        new("XLS031", "Geef below of up_to, niet allebei: below is een grens tot (niet tot en met), up_to tot en met.", at);
}
