using OtpNet;

namespace Startfoto.Web.Tests.Support;

/// <summary>What the authenticator app on the user's phone shows for a shared key.</summary>
public static class AuthenticatorApp
{
    public static string CodeFor(string sharedKey) =>
        new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();
}
