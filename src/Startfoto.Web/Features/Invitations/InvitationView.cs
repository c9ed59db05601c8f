namespace Startfoto.Web.Features.Invitations;

/// <summary>What the invitee sees before accepting: who invites them, as what, for which gemeente or regio's.</summary>
public sealed record InvitationView(
    string Email, string DisplayName, string Role, string? Scope, string InvitedBy, DateTimeOffset ExpiresAt, InvitationStatus Status);
