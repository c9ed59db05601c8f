namespace Startfoto.Web.Features.Invitations;

/// <summary>One invitation as its inviter sees it in the overview.</summary>
public sealed record InvitationRow(
    Guid Id, string Email, string DisplayName, string Role, string? GemeenteCode, string? GemeenteName,
    IReadOnlyList<string> JeugdregioCodes, string? InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    InvitationStatus Status);
