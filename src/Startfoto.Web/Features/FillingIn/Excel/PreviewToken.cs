using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>
/// What a preview was computed from, handed to the client instead of kept on the server: the user, the response, a hash
/// of the file and the version of every answer it would change. Apply sends the file again with this token and saves
/// against these versions, so a colleague's change in between is a conflict, never a silent overwrite. Protected with
/// the app's data protection keys (shared by all instances through the database) and valid for <see cref="Lifetime"/>.
/// </summary>
public sealed class PreviewToken(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Startfoto.FillingIn.Excel.PreviewToken").ToTimeLimitedDataProtector();

    public string Create(Guid userId, Guid responseId, byte[] file, IReadOnlyDictionary<string, uint> versions) =>
        protector.Protect(JsonSerializer.Serialize(new Payload(userId, responseId, Hash(file), versions)), Lifetime);

    /// <summary>The versions seen at preview; null when the token is expired, tampered with, or for another user, response or file.</summary>
    public IReadOnlyDictionary<string, uint>? Read(string? token, Guid userId, Guid responseId, byte[] file)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(protector.Unprotect(token, out _));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
        return payload is not null && payload.User == userId && payload.Response == responseId && payload.File == Hash(file)
            ? payload.Versions : null;
    }

    static string Hash(byte[] file) => Convert.ToHexString(SHA256.HashData(file));

    sealed record Payload(Guid User, Guid Response, string File, IReadOnlyDictionary<string, uint> Versions);
}
