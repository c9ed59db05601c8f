using Startfoto.Infrastructure.Data;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>One line of the audit trail: who changed which answer when, from what to what, through which channel.</summary>
public sealed record AnswerHistoryEntry(
    long Id, string Key, string? OldValue, string? NewValue, string? OldComment, string? NewComment, bool Confirmed,
    AnswerChannel Channel, string ChangedBy, DateTimeOffset ChangedAt);
