namespace Startfoto.Infrastructure.Data;

/// <summary>
/// One respondent's vragenlijst for a year. Only the part the indeling needs exists yet (which gemeente, which
/// year, which vragenlijst version): a gemeente with responses in a year may not be removed from that year's
/// indeling, and a questionnaire version with responses may not change.
/// </summary>
public sealed class Response
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public required string GemeenteCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The version answered; nullable until the rounds issue gives every response one.</summary>
    public string? QuestionnaireKey { get; set; }
    public int? QuestionnaireVersion { get; set; }
}
