namespace Startfoto.Infrastructure.Data;

/// <summary>
/// One administration of an instrument version for a jeugdregio, in the indeling of its own year: who takes part
/// (one response per gemeente, or one for the regio), when it opens and closes, and when reminders go out.
/// </summary>
public sealed class ScanRound
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string QuestionnaireKey { get; set; }
    public int QuestionnaireVersion { get; set; }
    public int Year { get; set; }
    public required string JeugdregioCode { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }

    /// <summary>Days before <see cref="ClosesOn"/> on which respondents who have not submitted get a reminder.</summary>
    public int[] ReminderDays { get; set; } = [];

    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public List<Response> Responses { get; set; } = [];
}
