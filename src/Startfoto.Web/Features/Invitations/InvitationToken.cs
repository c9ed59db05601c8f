using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Startfoto.Web.Features.Invitations;

/// <summary>The secret in an invitation link: 32 random bytes, URL-safe base64. Only its SHA-256 is stored.</summary>
static class InvitationToken
{
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Path(string token) => $"/uitnodiging/{token}";
}
