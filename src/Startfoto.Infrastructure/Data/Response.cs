namespace Startfoto.Infrastructure.Data;

/// <summary>
/// One respondent's vragenlijst for a year. Only the part the indeling needs exists yet (which gemeente, which
/// year): a gemeente with responses in a year may not be removed from that year's indeling.
/// </summary>
public sealed class Response
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public required string GemeenteCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
