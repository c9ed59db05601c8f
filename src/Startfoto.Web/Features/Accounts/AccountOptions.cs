namespace Startfoto.Web.Features.Accounts;

/// <summary>Account settings, section "Accounts" (env <c>Accounts__RequireTwoFactor</c>).</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Beheerders and regioadviseurs must enrol an authenticator app before they may use the platform.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>How long an invitation link can be used.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);
}
