using Startfoto.Domain.Responses;

namespace Startfoto.Infrastructure.Data;

/// <summary>
/// One respondent's vragenlijst in a round: a gemeente's, or (for a regio-level instrument such as the
/// Robuustheidsscan) the jeugdregio's, then <see cref="GemeenteCode"/> is null. The answers live in <see cref="Answer"/>,
/// their history in <see cref="AnswerChange"/>, every submission in a <see cref="ResponseSnapshot"/>.
/// </summary>
public sealed class Response
{
    public Guid Id { get; set; }
    public Guid RoundId { get; set; }
    public int Year { get; set; }
    public required string JeugdregioCode { get; set; }
    public string? GemeenteCode { get; set; }
    public required string QuestionnaireKey { get; set; }
    public int QuestionnaireVersion { get; set; }
    public ResponseStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastActivityAt { get; set; }
    public Guid? LastActivityBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public Guid? SubmittedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public Guid? ApprovedBy { get; set; }

    /// <summary>When answers given before were taken over (ask once): at the first opening by a respondent, once.</summary>
    public DateTimeOffset? PrefilledAt { get; set; }

    /// <summary>Why the regioadviseur reopened it; shown to the respondent until the next submission.</summary>
    public string? ReopenReason { get; set; }

    /// <summary>PostgreSQL's xmin: a status change never silently overwrites another.</summary>
    public uint Version { get; set; }

    public ScanRound? Round { get; set; }
}
