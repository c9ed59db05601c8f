using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Questionnaires;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires.Registration;

namespace Startfoto.Infrastructure.Questionnaires;

/// <summary>
/// Registered versions, compiled once per content and shared by every request: a version with rounds never changes,
/// and a draft that is replaced gets a new content hash, so the cache can never serve stale questions.
/// </summary>
public sealed class CompiledQuestionnaires(IDbContextFactory<StartfotoDb> dbs)
{
    private readonly ConcurrentDictionary<string, Questionnaire> byHash = new(StringComparer.Ordinal);

    /// <summary>The compiled version; null when it is not registered.</summary>
    public async Task<Questionnaire?> GetAsync(string key, int version, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var hash = await db.QuestionnaireVersions.Where(v => v.Key == key && v.Version == version)
            .Select(v => v.ContentHash).SingleOrDefaultAsync(ct);
        if (hash is null) return null;
        if (byHash.TryGetValue(hash, out var cached)) return cached;
        var stored = await db.QuestionnaireVersions.Where(v => v.Key == key && v.Version == version)
            .Select(v => new { v.Definition, v.FileName }).SingleAsync(ct);
        var check = DefinitionCheck.Check(stored.Definition, stored.FileName);
        // The stored JSON passed this check when it was registered: failing now is a bug, not a user's mistake.
        if (!check.Ok) throw new InvalidOperationException($"Versie {version} van '{key}' is opgeslagen maar leest niet: {check.Problems[0].ToLine()}");
        return byHash.GetOrAdd(hash, check.Value!.Questionnaire);
    }
}
