namespace Startfoto.Web.Features.Rounds;

/// <summary>A round with the progress of each of its responses.</summary>
public sealed record RoundProgressView(
    Guid Id,
    string Title,
    string QuestionnaireKey,
    int QuestionnaireVersion,
    string QuestionnaireTitle,
    int Year,
    string JeugdregioCode,
    string JeugdregioName,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    IReadOnlyList<int> ReminderDays,
    IReadOnlyList<ResponseProgress> Responses);
