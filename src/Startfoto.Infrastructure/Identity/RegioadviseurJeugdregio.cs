namespace Startfoto.Infrastructure.Identity;

/// <summary>One jeugdregio an adviseur works in.</summary>
public sealed class RegioadviseurJeugdregio
{
    public Guid UserId { get; set; }
    public required string JeugdregioCode { get; set; }
}
