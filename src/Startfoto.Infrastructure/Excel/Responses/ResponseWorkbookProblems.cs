using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>Problems with an uploaded response workbook: stable codes, Dutch messages that say how to fix them.</summary>
public static class ResponseWorkbookProblems
{
    const string DownloadAgain = "Download de vragenlijst opnieuw bij deze ronde en neem uw antwoorden daarin over.";

    public static Problem FileTooLarge(long maxBytes, Location at) =>
        new("XLR001", $"Het bestand is groter dan {maxBytes / (1024 * 1024)} MB. Upload het Excel-bestand dat u hebt gedownload, zonder extra bladen of afbeeldingen.", at);

    public static Problem NotAnXlsx(string looksLike, Location at) =>
        new("XLR002", $"Dit is geen Excel-werkmap (.xlsx) maar {looksLike}, wat de extensie ook zegt. Sla het bestand in Excel op als 'Excel-werkmap (*.xlsx)' en upload het opnieuw.", at);

    public static Problem CorruptWorkbook(Location at) =>
        new("XLR003", "Het Excel-bestand is beschadigd en kan niet worden gelezen. Open het in Excel, sla het opnieuw op als .xlsx en upload het nog eens.", at);

    public static Problem OverCompressed(long maxUnpackedBytes, Location at) =>
        new("XLR004", $"Het Excel-bestand pakt uit tot meer dan {maxUnpackedBytes / (1024 * 1024)} MB of is verdacht sterk gecomprimeerd en wordt daarom niet gelezen. Upload het bestand dat u hebt gedownload.", at);

    public static Problem MissingSheet(string sheet, IEnumerable<string> found, Location at) =>
        new("XLR005", $"Het blad '{sheet}' ontbreekt (gevonden: {string.Join(", ", found.Select(s => $"'{s}'"))}). Geef het blad zijn naam terug of gebruik het bestand zoals u het hebt gedownload.", at);

    public static Problem MissingColumn(string column, Location at) =>
        new("XLR006", $"De kolom '{column}' ontbreekt in de eerste rij van het blad Vragenlijst. Zet de kolomkop '{column}' terug, of download de vragenlijst opnieuw en neem uw antwoorden daarin over.", at);

    public static Problem NotAResponseWorkbook(Location at) =>
        new("XLR007", $"Dit bestand is geen gedownloade vragenlijst van Startfoto: de gegevens op het blad 'Over dit bestand' ontbreken of zijn gewijzigd. {DownloadAgain}", at);

    public static Problem OtherRespondent(string fileName, string fileCode, string expectedName, string expectedCode, Location at) =>
        new("XLR008", $"Dit bestand is van {fileName} ({fileCode}), niet van {expectedName} ({expectedCode}). Upload het bestand van {expectedName}, of download de vragenlijst van {expectedName} en vul die in.", at);

    public static Problem OtherRound(string fileRound, string expectedRound, Location at) =>
        new("XLR009", $"Dit bestand hoort bij de ronde '{fileRound}', niet bij '{expectedRound}'. Upload het bij die ronde, of download de vragenlijst van '{expectedRound}' en vul die in.", at);

    public static Problem OtherResponse(Location at) =>
        new("XLR010", $"Dit bestand hoort bij een eerdere of andere invulling van deze vragenlijst. {DownloadAgain}", at);

    public static Problem OtherQuestionnaire(string fileTitle, string expectedTitle, Location at) =>
        new("XLR011", $"Dit bestand is de vragenlijst '{fileTitle}', niet '{expectedTitle}'. Upload het bij de juiste ronde, of download '{expectedTitle}' en vul die in.", at);

    public static Problem OtherVersion(int fileVersion, int expectedVersion, Location at) =>
        new("XLR012", string.Create(CultureInfo.InvariantCulture, $"Dit bestand is van versie {fileVersion} van de vragenlijst; deze ronde gebruikt nu versie {expectedVersion}. {DownloadAgain}"), at);

    public static Problem MissingKey(Location at) =>
        new("XLR013", "Deze rij heeft een antwoord maar geen sleutel. Zet de sleutel terug in de kolom Sleutel, of maak het antwoord leeg.", at);

    public static Problem UnknownKey(string key, Location at) =>
        new("XLR014", $"Vraag '{key}' bestaat niet in deze vragenlijst. Zet de oorspronkelijke sleutel terug of verwijder de rij.", at);

    public static Problem MatrixKey(string key, string firstRow, Location at) =>
        new("XLR014", $"'{key}' is een matrixvraag: elke rij heeft een eigen sleutel, zoals '{key}.{firstRow}'. Zet de oorspronkelijke sleutel terug.", at);

    public static Problem DuplicateKey(string key, int firstRow, Location at) =>
        new("XLR015", string.Create(CultureInfo.InvariantCulture, $"'{key}' staat ook in rij {firstRow}. Houd één rij met deze sleutel over."), at);

    public static Problem CalculatedKey(string key, Location at) =>
        new("XLR016", $"'{key}' wordt berekend uit andere antwoorden en kan niet worden ingevuld. Verwijder de rij.", at);

    public static Problem ConversationKey(string key, Location at) =>
        new("XLR017", $"'{key}' hoort bij het verdiepende gesprek en wordt door de regioadviseur vastgelegd, niet in dit bestand. Verwijder de rij.", at);

    public static Problem NotAnOption(string text, IEnumerable<string> labels, Location at) =>
        new("XLR018", $"'{text}' is geen antwoordoptie van deze vraag. Kies uit: {string.Join("; ", labels)}; of maak de cel leeg.", at);

    public static Problem NotANumber(string text, string orSpecial, Location at) =>
        new("XLR019", $"'{text}' is geen getal. Vul een getal in, zoals 12 of 1,5{orSpecial}.", at);

    public static Problem NotADate(string text, string orSpecial, Location at) =>
        new("XLR020", $"'{text}' is geen datum. Vul een datum in, zoals 31-12-2024 of 2024-12-31{orSpecial}.", at);

    /// <param name="rule">The questionnaire's own message: a range, a number of decimals, or the question's condition.</param>
    public static Problem Rejected(string text, string rule, Location at) =>
        new("XLR021", $"'{text}' kan hier niet: {rule}", at);

    public static Problem RequiredErased(string current, Location at) =>
        new("XLR022", $"Dit is een verplichte vraag; het huidige antwoord '{current}' zou door de lege cel worden gewist. Vul een antwoord in (of n.v.t. of weet niet als de vraag dat aanbiedt), of zet het huidige antwoord terug.", at);

    public static Problem CommentNotAllowed(Location at) =>
        new("XLR023", "Bij deze vraag hoort geen toelichting. Zet de tekst bij een vraag die een toelichting vraagt, of maak de cel leeg.", at);
}
