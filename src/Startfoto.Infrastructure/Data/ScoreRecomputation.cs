namespace Startfoto.Infrastructure.Data;

/// <summary>
/// Recomputing every submitted and approved response of a questionnaire version with a new rules version, in the
/// background: its progress, kept so a Beheerder or OZJ can follow it and a restart can pick it up again.
/// </summary>
public sealed class ScoreRecomputation
{
    public Guid Id { get; set; }
    public required string QuestionnaireKey { get; set; }
    public int QuestionnaireVersion { get; set; }
    public int RulesVersion { get; set; }
    public int Total { get; set; }
    public int Done { get; set; }
    public int Failed { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public Guid? StartedBy { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why it stopped early, e.g. a newer rules version took over.</summary>
    public string? Note { get; set; }
}
