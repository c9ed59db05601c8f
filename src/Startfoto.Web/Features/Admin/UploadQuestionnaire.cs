using Startfoto.Domain.Accounts;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.Scoring;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Admin;

/// <summary>
/// A Beheerder uploads a definition: the same check as the questionnaires folder, then registered — or every problem
/// with its location and nothing stored. New scoring rules in it are recomputed for the version's submitted responses.
/// The page and POST /api/questionnaires both call this.
/// </summary>
public sealed class UploadQuestionnaire(QuestionnaireRegistry registry, StartRecompute recompute)
{
    public async Task<Outcome<Registration>> RunAsync(Actor actor, Stream content, string? fileName, CancellationToken ct)
    {
        if (!actor.Is(Role.Beheerder)) return Outcome<Registration>.Forbidden;
        var name = Path.GetFileName(fileName) is { Length: > 0 } n ? n[..Math.Min(n.Length, 200)] : "upload.json";
        var bytes = await ReadAtMostAsync(content, DefinitionCheck.MaxBytes + 1, ct);
        if (bytes.LongLength > DefinitionCheck.MaxBytes)
            return Outcome<Registration>.Invalid([RegistrationProblems.FileTooLarge(
                content.CanSeek ? content.Length : bytes.LongLength, DefinitionCheck.MaxBytes, new Location(File: name))]);
        var result = await registry.RegisterAsync(bytes, name, DefinitionSource.Upload, actor.UserId, ct);
        if (!result.Ok) return Outcome<Registration>.Invalid(result.Problems);
        if (result.Value!.RulesVersion is { } rules)
            await recompute.RunAsync(result.Value.Key, result.Value.Version, rules, actor.UserId, ct);
        return Outcome<Registration>.Ok(result.Value);
    }

    /// <summary>Stops after <paramref name="limit"/> bytes, so an oversized upload is refused without holding it all.</summary>
    static async Task<byte[]> ReadAtMostAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await content.ReadAsync(chunk, ct)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
