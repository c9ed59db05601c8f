namespace Startfoto.Web.Features.Accounts;

/// <summary>The signed-in user: role and scope as the platform checks them.</summary>
public sealed record MeResponse(
    Guid Id, string Email, string DisplayName, string? Role, string? GemeenteCode,
    IReadOnlyList<string> Jeugdregios, bool TwoFactorEnabled);
