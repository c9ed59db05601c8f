using Startfoto.Domain.Responses;

namespace Startfoto.Web.Features.Rounds;

/// <summary>A response as its respondent's list shows it: round, for whom, status, and why it was reopened.</summary>
public sealed record ResponseRow(
    Guid Id,
    Guid RoundId,
    string RoundTitle,
    string Respondent,
    ResponseStatus Status,
    string StatusLabel,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    string? ReopenReason);
