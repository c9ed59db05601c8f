namespace Startfoto.Infrastructure.Data;

/// <summary>
/// A regioadviseur set another tier than the rules gave, with a motivation; append-only like the audit trail. The latest
/// override made after the response's latest submission gives the final tier; the computed tier stays as it was.
/// </summary>
public sealed class TierOverride
{
    public long Id { get; set; }
    public Guid ResponseId { get; set; }

    /// <summary>The result whose tier was overridden.</summary>
    public long ScoreId { get; set; }

    public required string FromTier { get; set; }
    public required string ToTier { get; set; }
    public required string Motivation { get; set; }
    public Guid By { get; set; }
    public DateTimeOffset At { get; set; }
}
