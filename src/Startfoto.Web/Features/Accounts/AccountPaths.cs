namespace Startfoto.Web.Features.Accounts;

/// <summary>The account pages' routes, in one place for redirects and links.</summary>
public static class AccountPaths
{
    public const string Login = "/account/inloggen";
    public const string LoginWithTwoFactor = "/account/inloggen/tweestaps";
    public const string LoginWithRecoveryCode = "/account/inloggen/herstelcode";
    public const string Logout = "/account/uitloggen";
    public const string Lockout = "/account/geblokkeerd";
    public const string AccessDenied = "/account/geen-toegang";
    public const string TwoFactor = "/account/tweestapsverificatie";
    public const string DisableTwoFactor = "/account/tweestapsverificatie/uitzetten";
}
