namespace Startfoto.Infrastructure.Data;

/// <summary>A colleague assigned to a section of a response: shown to everyone working on it, not a lock.</summary>
public sealed class SectionAssignment
{
    public Guid ResponseId { get; set; }
    public required string SectionKey { get; set; }
    public Guid UserId { get; set; }
    public Guid AssignedBy { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}
