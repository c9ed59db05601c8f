namespace Startfoto.Infrastructure.Data;

/// <summary>
/// One change of one answer, append-only: the database refuses to update or delete these rows (see the migration
/// AnswersAndRounds), so the history stays whatever the application does.
/// </summary>
public sealed class AnswerChange
{
    public long Id { get; set; }
    public Guid ResponseId { get; set; }
    public required string Key { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public string? OldComment { get; set; }
    public string? NewComment { get; set; }

    /// <summary>True when the respondent confirmed an answer taken over from an earlier response (value unchanged).</summary>
    public bool Confirmed { get; set; }

    public AnswerChannel Channel { get; set; }
    public Guid ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
