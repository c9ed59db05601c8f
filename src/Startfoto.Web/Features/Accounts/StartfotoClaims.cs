namespace Startfoto.Web.Features.Accounts;

/// <summary>Claim types that carry a user's scope, so an operation can check access without a database query.</summary>
public static class StartfotoClaims
{
    public const string DisplayName = "startfoto:naam";
    public const string Gemeente = "gemeente";
    public const string Jeugdregio = "jeugdregio";

    /// <summary>"true" once the user has enrolled an authenticator app; refreshed at each sign-in.</summary>
    public const string TwoFactorEnabled = "startfoto:2fa";
}
