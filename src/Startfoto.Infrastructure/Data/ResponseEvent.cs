using Startfoto.Domain.Responses;

namespace Startfoto.Infrastructure.Data;

/// <summary>A status change of a response (ingediend, goedgekeurd, heropend with its reason): its history, append-only.</summary>
public sealed class ResponseEvent
{
    public long Id { get; set; }
    public Guid ResponseId { get; set; }
    public ResponseStatus Status { get; set; }
    public string? Reason { get; set; }
    public Guid By { get; set; }
    public DateTimeOffset At { get; set; }
}
