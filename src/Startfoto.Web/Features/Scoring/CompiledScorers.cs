using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Domain.Scoring;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;

namespace Startfoto.Web.Features.Scoring;

/// <summary>
/// The newest rules version of a questionnaire version, compiled once per questionnaire and rules content and shared by
/// every request and job. A scorer is compiled against the very <see cref="Questionnaire"/> that
/// <see cref="CompiledQuestionnaires"/> hands out, so its evaluations fit the scorer.
/// </summary>
public sealed class CompiledScorers(CompiledQuestionnaires questionnaires)
{
    readonly ConcurrentDictionary<(Questionnaire, string), Scorer> byContent = new();

    /// <summary>The scorer of the newest rules version, read in <paramref name="db"/>'s transaction; null when there are no rules.</summary>
    public async Task<Scorer?> GetNewestAsync(StartfotoDb db, string key, int version, CancellationToken ct)
    {
        var newest = await db.ScoringRulesVersions.AsNoTracking()
            .Where(v => v.QuestionnaireKey == key && v.QuestionnaireVersion == version)
            .OrderByDescending(v => v.RulesVersion).FirstOrDefaultAsync(ct);
        if (newest is null) return null;
        var questionnaire = await questionnaires.GetAsync(key, version, ct)
            ?? throw new InvalidOperationException($"Rules of '{key}' v{version} point at a version that is not registered.");
        if (byContent.TryGetValue((questionnaire, newest.ContentHash), out var cached)) return cached;
        var file = $"{key}-{version}-regels-{newest.RulesVersion}";
        var read = ScoringJsonReader.Read(newest.Rules, file);
        var compiled = read.Ok ? ScoringCompiler.Compile(questionnaire, read.Value!, file) : Result<Scorer>.Failure(read.Problems);
        // Stored rules compiled when they were stored: failing now is a bug, not a user's mistake.
        if (!compiled.Ok) throw new InvalidOperationException($"Regelversie {newest.RulesVersion} van '{key}' versie {version} compileert niet: {compiled.Problems[0].ToLine()}");
        return byContent.GetOrAdd((questionnaire, newest.ContentHash), compiled.Value!);
    }
}
