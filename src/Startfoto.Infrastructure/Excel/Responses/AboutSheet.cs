using System.Globalization;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// The sheet "Over dit bestand": the header as label and value, one per row, for people to read, and as the
/// fallback to match an upload on when a spreadsheet program dropped the document property.
/// </summary>
static class AboutSheet
{
    public const string Name = "Over dit bestand";

    public const string LabelHeader = "Gegeven", ValueHeader = "Waarde";

    public const string Questionnaire = "Vragenlijst", QuestionnaireKey = "Sleutel vragenlijst", Version = "Versie",
        Respondent = "Gemeente of jeugdregio", Code = "Code", Round = "Ronde", RoundId = "Ronde-id", ResponseId = "Antwoord-id",
        GeneratedAt = "Gedownload op", Instructions = "Invullen";

    const string InstructionText = "Vul op het blad Vragenlijst de kolommen Antwoord en Toelichting in en upload het bestand "
        + "bij dezelfde ronde. Laat de sleutels en dit blad ongewijzigd: daaraan herkent Startfoto het bestand.";

    public static IReadOnlyList<(string Label, string Value)> Rows(ResponseWorkbookHeader h) =>
    [
        (Questionnaire, h.QuestionnaireTitle),
        (QuestionnaireKey, h.QuestionnaireKey),
        (Version, h.QuestionnaireVersion.ToString(CultureInfo.InvariantCulture)),
        (Respondent, h.RespondentName),
        (Code, h.RespondentCode),
        (Round, h.RoundName),
        (RoundId, h.RoundId.ToString()),
        (ResponseId, h.ResponseId.ToString()),
        (GeneratedAt, h.GeneratedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)),
        (Instructions, InstructionText),
    ];

    /// <summary>The Excel row of a label, below the header row, as the writer puts it.</summary>
    public static int RowOf(string label) => 2 + Labels.IndexOf(label);

    // Static fields initialise in text order: the example first.
    static readonly ResponseWorkbookHeader Example = new(Guid.Empty, Guid.Empty, "", "", "", "", 0, "", DateTimeOffset.UnixEpoch);

    static readonly List<string> Labels = [.. Rows(Example).Select(r => r.Label)];

    /// <summary>The header back from label/value pairs; null when a field that identifies the file is missing or garbled.</summary>
    public static ResponseWorkbookHeader? Parse(IReadOnlyDictionary<string, string> values)
    {
        string Get(string label) => values.TryGetValue(label, out var v) ? v.Trim() : "";
        if (!Guid.TryParse(Get(RoundId), out var round) || !Guid.TryParse(Get(ResponseId), out var response)
            || !int.TryParse(Get(Version), NumberStyles.Integer, CultureInfo.InvariantCulture, out var version)
            || Get(Code).Length == 0 || Get(QuestionnaireKey).Length == 0) return null;
        var generated = DateTimeOffset.TryParse(Get(GeneratedAt), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : default;
        return new ResponseWorkbookHeader(round, response, Get(Code), Get(Respondent), Get(Round), Get(QuestionnaireKey), version,
            Get(Questionnaire), generated);
    }
}
