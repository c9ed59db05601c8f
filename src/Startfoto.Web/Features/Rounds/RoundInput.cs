namespace Startfoto.Web.Features.Rounds;

/// <summary>
/// A new round. <see cref="Gemeenten"/> null or empty: every gemeente of the jeugdregio in that year's indeling.
/// <see cref="Title"/> empty: "{questionnaire title} {year} – {regio name}". <see cref="ReminderDays"/>: days before the
/// closing date on which respondents who have not submitted get a reminder.
/// </summary>
public sealed record RoundInput(
    string? QuestionnaireKey,
    int? QuestionnaireVersion,
    int? Year,
    string? JeugdregioCode,
    IReadOnlyList<string>? Gemeenten,
    string? Title,
    DateOnly? OpensOn,
    DateOnly? ClosesOn,
    IReadOnlyList<int>? ReminderDays);
