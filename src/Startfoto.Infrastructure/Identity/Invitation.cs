namespace Startfoto.Infrastructure.Identity;

/// <summary>
/// An invitation to set a password and join with a role. The link holds a random token; only its SHA-256 is
/// stored, so a database reader cannot use pending links. Single use: accepting sets <see cref="AcceptedAt"/>.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public string? GemeenteCode { get; set; }
    public List<string> JeugdregioCodes { get; set; } = [];
    public required string TokenHash { get; set; }
    public Guid InvitedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public Guid? AcceptedUserId { get; set; }
}
