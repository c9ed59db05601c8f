namespace Startfoto.Web.Features.Invitations;

public enum InvitationStatus { Pending, Accepted, Expired, Revoked }
