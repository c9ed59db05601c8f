namespace Startfoto.Web.Features.Accounts;

public static class AccountPolicies
{
    /// <summary>Signed in, with or without 2FA: for the pages that set up 2FA.</summary>
    public const string TwoFactorEnrolment = "TweestapsInstellen";
}
