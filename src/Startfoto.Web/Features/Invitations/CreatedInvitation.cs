namespace Startfoto.Web.Features.Invitations;

/// <summary>The token is shown once, to the inviter; the database keeps only its hash.</summary>
public sealed record CreatedInvitation(Guid Id, string Token, DateTimeOffset ExpiresAt)
{
    public string Path => InvitationToken.Path(Token);
}
