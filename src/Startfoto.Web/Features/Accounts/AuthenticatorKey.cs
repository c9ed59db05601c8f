using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Startfoto.Web.Features.Accounts;

/// <summary>The shared key as users type it, and the otpauth:// link an authenticator app scans.</summary>
static class AuthenticatorKey
{
    const string Issuer = "Startfoto";

    public static string Format(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string Uri(string email, string key) => string.Format(
        CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
        UrlEncoder.Default.Encode(Issuer), UrlEncoder.Default.Encode(email), key);

    /// <summary>Users type authenticator codes with spaces or dashes, as their app shows them (not recovery codes: those keep their dash).</summary>
    public static string Clean(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
