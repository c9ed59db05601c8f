namespace Startfoto.Web.Tests.Support;

/// <summary>The production default: beheerders and regioadviseurs must enrol 2FA.</summary>
public sealed class WebAppRequiringTwoFactor : WebApp
{
    protected override bool RequireTwoFactor => true;
}
