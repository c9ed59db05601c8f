namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// Whose vragenlijst a downloaded workbook is: written into it (a document property and the sheet
/// "Over dit bestand") so that an upload can be matched to its round, response and respondent.
/// </summary>
/// <param name="RespondentCode">A gemeente (GM0546) or, for a regio response, a jeugdregio (JZ18).</param>
/// <param name="RoundName">How users know the round, e.g. "Startfoto 2025": named in the message when a file belongs to another.</param>
public sealed record ResponseWorkbookHeader(
    Guid RoundId,
    Guid ResponseId,
    string RespondentCode,
    string RespondentName,
    string RoundName,
    string QuestionnaireKey,
    int QuestionnaireVersion,
    string QuestionnaireTitle,
    DateTimeOffset GeneratedAt);
