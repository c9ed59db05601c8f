namespace Startfoto.Web.Features.Rounds;

/// <summary>A round as a list shows it, with its responses counted per status (only those the actor may see).</summary>
public sealed record RoundRow(
    Guid Id,
    string Title,
    string QuestionnaireKey,
    int QuestionnaireVersion,
    int Year,
    string JeugdregioCode,
    string JeugdregioName,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    IReadOnlyList<int> ReminderDays,
    StatusCounts Counts);
