using Startfoto.Domain.Responses;
using Startfoto.Web.Features.Gemeenten;

namespace Startfoto.Web.Features.Rounds;

/// <summary>
/// One respondent in a round: a gemeente (<see cref="GemeenteCode"/>) or the regio as a whole (null). Progress counts
/// the confirmed answers to the visible required questions; an answer taken over and not yet confirmed does not count.
/// </summary>
public sealed record ResponseProgress(
    Guid Id,
    string? GemeenteCode,
    string Respondent,
    ResponseStatus Status,
    string StatusLabel,
    int Answered,
    int Required,
    int Percentage,
    IReadOnlyList<SectionProgress> Sections,
    Activity? LastActivity,
    IReadOnlyList<GemeenteContact> Contacts,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ApprovedAt,
    string? ReopenReason,
    bool MayReview,
    ScoreSummary Score);
