namespace Startfoto.Infrastructure.Data;

/// <summary>
/// The current answer to one key of a response, with its toelichting. A cleared answer keeps its row (value null), so
/// its <see cref="Version"/> still guards against a colleague's concurrent save.
/// </summary>
public sealed class Answer
{
    public Guid ResponseId { get; set; }
    public required string Key { get; set; }

    /// <summary>The stored text (<see cref="Startfoto.Domain.Responses.AnswerText"/>); null when unanswered.</summary>
    public string? Value { get; set; }

    public string? Comment { get; set; }

    /// <summary>Taken over from an earlier response ("Startfoto 2024") and not yet confirmed: counts as unanswered.</summary>
    public string? PrefillSource { get; set; }
    public Guid? PrefillResponseId { get; set; }
    public bool NeedsConfirmation { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
    public Guid ChangedBy { get; set; }
    public AnswerChannel Channel { get; set; }

    /// <summary>PostgreSQL's xmin: the version a client last saw; a save against an older one is a conflict.</summary>
    public uint Version { get; set; }
}
