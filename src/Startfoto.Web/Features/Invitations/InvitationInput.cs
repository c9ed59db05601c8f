namespace Startfoto.Web.Features.Invitations;

/// <summary>
/// Whom to invite as what. Role Gemeente needs <see cref="GemeenteCode"/> (a gemeente of the current indeling),
/// role Regioadviseur needs <see cref="JeugdregioCodes"/>; other roles have no scope.
/// </summary>
public sealed record InvitationInput(
    string? Email, string? DisplayName, string? Role, string? GemeenteCode = null, IReadOnlyList<string>? JeugdregioCodes = null);
