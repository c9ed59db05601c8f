namespace Startfoto.Web.Features.FillingIn;

/// <summary>
/// A colleague saved this answer after the user last saw it: the stored answer, by whom and when, so the user can
/// choose. <see cref="CurrentText"/> is the stored text (<see cref="Startfoto.Domain.Responses.AnswerText"/>).
/// </summary>
public sealed record AnswerConflict(
    string Key, string? CurrentText, string? CurrentComment, uint CurrentVersion, string ChangedBy, DateTimeOffset ChangedAt);
