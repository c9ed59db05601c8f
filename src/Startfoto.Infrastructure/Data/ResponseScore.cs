namespace Startfoto.Infrastructure.Data;

/// <summary>
/// A result of scoring one response with one rules version, append-only (PostgreSQL refuses to change or delete these
/// rows): the whole <c>ScoreResult</c> as jsonb, so a page can show a result as it was, and its tier for queries.
/// It is current only while its rules version is the newest and it was computed after the latest submission.
/// </summary>
public sealed class ResponseScore
{
    public long Id { get; set; }
    public Guid ResponseId { get; set; }
    public required string QuestionnaireKey { get; set; }
    public int QuestionnaireVersion { get; set; }
    public int RulesVersion { get; set; }

    /// <summary>What made it: <see cref="ScoreTrigger"/>.</summary>
    public required string Trigger { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
    public required string Result { get; set; }

    /// <summary>The tier the rules gave (before any override by the regioadviseur).</summary>
    public required string Tier { get; set; }
}
