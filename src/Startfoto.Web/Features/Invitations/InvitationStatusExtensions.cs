using Startfoto.Infrastructure.Identity;

namespace Startfoto.Web.Features.Invitations;

public static class InvitationStatusExtensions
{
    public static InvitationStatus StatusAt(this Invitation invitation, DateTimeOffset now) =>
        invitation.AcceptedAt is not null ? InvitationStatus.Accepted
        : invitation.RevokedAt is not null ? InvitationStatus.Revoked
        : invitation.ExpiresAt <= now ? InvitationStatus.Expired
        : InvitationStatus.Pending;

    public static string Label(this InvitationStatus status) => status switch
    {
        InvitationStatus.Pending => "Open",
        InvitationStatus.Accepted => "Geaccepteerd",
        InvitationStatus.Expired => "Verlopen",
        _ => "Ingetrokken",
    };
}
