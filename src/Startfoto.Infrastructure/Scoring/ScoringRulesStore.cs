using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Domain.Scoring;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires.Registration;

namespace Startfoto.Infrastructure.Scoring;

/// <summary>
/// The stored rules versions of each questionnaire version: the rules a definition ships with, registered with the
/// definition, and rules published from the what-if sandbox. Callers hold <see cref="LockAsync"/> in their transaction,
/// so a registration and a publication never pick the same version number, and a submit in flight (which takes the lock
/// shared) commits its result before a new version's recompute looks for responses.
/// </summary>
public static class ScoringRulesStore
{
    /// <summary>The registry's lock: registering definitions and publishing rules take turns.</summary>
    public static Task LockAsync(StartfotoDb db, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(4203, 0)", ct);

    /// <summary>Taken by whoever computes a result with "the newest rules", until its transaction ends.</summary>
    public static Task LockSharedAsync(StartfotoDb db, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared(4203, 0)", ct);

    /// <summary>
    /// The definition's own rules: a version not stored yet and newer than every stored one is registered; the same
    /// version with the same content changes nothing; the same version with other content replaces it only while no
    /// result was computed with it and it did not come from the what-if. Returns the version to recompute with, if any.
    /// </summary>
    public static async Task<Result<int?>> RegisterShippedAsync(StartfotoDb db, string key, int version, ScoringRules? rules,
        string fileName, DateTimeOffset now, CancellationToken ct)
    {
        if (rules is null) return Result<int?>.Success(null);
        var at = new Location(File: fileName, Key: "scoring.version");
        if (rules.Version < 1) return Result<int?>.Failure(ScoringRulesProblems.InvalidVersion(rules.Version, at));
        var json = ScoringJsonWriter.Write(rules);
        var hash = DefinitionJson.Hash(json);
        var stored = await db.ScoringRulesVersions.Where(v => v.QuestionnaireKey == key && v.QuestionnaireVersion == version).ToListAsync(ct);
        var newest = stored.Count == 0 ? 0 : stored.Max(v => v.RulesVersion);
        var same = stored.FirstOrDefault(v => v.RulesVersion == rules.Version);
        if (same is null)
        {
            if (rules.Version < newest) return Result<int?>.Failure(ScoringRulesProblems.Behind(key, version, rules.Version, newest, at));
            db.ScoringRulesVersions.Add(Row(key, version, rules.Version, json, hash, ScoringRulesSource.Definition, null, now));
            return Result<int?>.Success(rules.Version);
        }
        if (same.ContentHash == hash) return Result<int?>.Success(null);
        if (same.Source == ScoringRulesSource.WhatIf)
            return Result<int?>.Failure(ScoringRulesProblems.TakenByWhatIf(key, version, rules.Version, newest, at));
        if (await db.ResponseScores.AnyAsync(s => s.QuestionnaireKey == key && s.QuestionnaireVersion == version && s.RulesVersion == rules.Version, ct))
            return Result<int?>.Failure(ScoringRulesProblems.HasResults(key, version, rules.Version, at));
        (same.Rules, same.ContentHash, same.PublishedAt) = (json, hash, now);
        return Result<int?>.Success(rules.Version);
    }

    /// <summary>Stores what-if rules as the newest version plus one, whatever version they carry; returns that version.</summary>
    public static async Task<int> PublishAsync(StartfotoDb db, string key, int version, ScoringRules rules, Guid? by, DateTimeOffset now, CancellationToken ct)
    {
        var next = (await db.ScoringRulesVersions.Where(v => v.QuestionnaireKey == key && v.QuestionnaireVersion == version)
            .MaxAsync(v => (int?)v.RulesVersion, ct) ?? 0) + 1;
        var json = ScoringJsonWriter.Write(rules with { Version = next });
        db.ScoringRulesVersions.Add(Row(key, version, next, json, DefinitionJson.Hash(json), ScoringRulesSource.WhatIf, by, now));
        return next;
    }

    static ScoringRulesVersion Row(string key, int version, int rulesVersion, string json, string hash, string source, Guid? by, DateTimeOffset now) => new()
    {
        QuestionnaireKey = key, QuestionnaireVersion = version, RulesVersion = rulesVersion, Rules = json, ContentHash = hash,
        Source = source, PublishedAt = now, PublishedBy = by,
    };
}
