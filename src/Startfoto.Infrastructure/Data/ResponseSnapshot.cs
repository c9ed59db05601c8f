namespace Startfoto.Infrastructure.Data;

/// <summary>
/// A response as it was submitted: the confirmed answers (key → {value, comment}) as JSON, immutable like the audit
/// trail. Reopening and submitting again adds a snapshot; earlier ones stay.
/// </summary>
public sealed class ResponseSnapshot
{
    public long Id { get; set; }
    public Guid ResponseId { get; set; }
    public int Number { get; set; }
    public required string QuestionnaireKey { get; set; }
    public int QuestionnaireVersion { get; set; }
    public required string Answers { get; set; }
    public Guid SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
}
