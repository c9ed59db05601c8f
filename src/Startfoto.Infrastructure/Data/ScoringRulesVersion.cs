namespace Startfoto.Infrastructure.Data;

/// <summary>
/// One version of the scoring rules of a questionnaire version, as <c>ScoringJsonWriter</c> writes them (jsonb): the
/// rules the definition ships with (source "definitie") or rules published from the what-if sandbox ("what-if").
/// The newest version of a questionnaire version is the one results are computed with; earlier ones stay for history.
/// </summary>
public sealed class ScoringRulesVersion
{
    public required string QuestionnaireKey { get; set; }
    public int QuestionnaireVersion { get; set; }
    public int RulesVersion { get; set; }
    public required string Rules { get; set; }

    /// <summary>SHA-256 of the rules' canonical JSON: the same version with other content is a change.</summary>
    public required string ContentHash { get; set; }

    public required string Source { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public Guid? PublishedBy { get; set; }
}
