namespace Startfoto.Web.Features.Invitations;

/// <summary>The link to pass on to the invitee; shown once, as only its hash is stored.</summary>
public sealed record InvitationCreatedResponse(Guid Id, string Link, DateTimeOffset ExpiresAt);
