namespace Startfoto.Web.Features.Accounts;

/// <summary>API login: e-mail and password, plus a code from the authenticator app once 2FA is on.</summary>
public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode = null, string? TwoFactorRecoveryCode = null);
