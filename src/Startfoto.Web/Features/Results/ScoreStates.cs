using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Web.Features.Results;

/// <summary>
/// The <see cref="ScoreState"/> of many responses in four queries, for pages, the API and planners alike. A result is
/// current only when its rules version is the newest of its questionnaire version and it was computed at or after the
/// response's latest submission, and the response is submitted or approved.
/// </summary>
public static class ScoreStates
{
    public static async Task<Dictionary<Guid, ScoreState>> LoadAsync(StartfotoDb db, IReadOnlyCollection<Guid> responseIds, CancellationToken ct)
    {
        var ids = responseIds.Distinct().ToList();
        var responses = await db.Responses.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.QuestionnaireKey, r.QuestionnaireVersion, r.Status, r.SubmittedAt }).ToListAsync(ct);
        var keys = responses.Select(r => r.QuestionnaireKey).Distinct().ToList();
        var newest = (await db.ScoringRulesVersions.AsNoTracking().Where(v => keys.Contains(v.QuestionnaireKey))
                .GroupBy(v => new { v.QuestionnaireKey, v.QuestionnaireVersion })
                .Select(g => new { g.Key.QuestionnaireKey, g.Key.QuestionnaireVersion, Newest = g.Max(v => v.RulesVersion) }).ToListAsync(ct))
            .ToDictionary(v => (v.QuestionnaireKey, v.QuestionnaireVersion), v => v.Newest);
        var scores = (await db.ResponseScores.AsNoTracking().Where(s => ids.Contains(s.ResponseId))
            .Select(s => new { s.Id, s.ResponseId, s.RulesVersion, s.ComputedAt, s.Tier }).ToListAsync(ct)).ToLookup(s => s.ResponseId);
        var overrides = (await db.TierOverrides.AsNoTracking().Where(o => ids.Contains(o.ResponseId))
            .Select(o => new { o.Id, o.ResponseId, o.ToTier, o.At }).ToListAsync(ct)).ToLookup(o => o.ResponseId);

        var states = new Dictionary<Guid, ScoreState>();
        foreach (var r in responses)
        {
            int? rules = newest.TryGetValue((r.QuestionnaireKey, r.QuestionnaireVersion), out var n) ? n : null;
            var submitted = r.Status is ResponseStatus.Submitted or ResponseStatus.Approved && r.SubmittedAt is not null;
            var current = submitted && rules is not null
                ? scores[r.Id].Where(s => s.RulesVersion == rules && s.ComputedAt >= r.SubmittedAt).MaxBy(s => s.Id)
                : null;
            var status = !submitted ? ScoreStatus.NotSubmitted
                : rules is null ? ScoreStatus.NoRules
                : current is null ? ScoreStatus.Recomputing
                : ScoreStatus.Current;
            var final = current is null ? null
                : overrides[r.Id].Where(o => o.At >= r.SubmittedAt).MaxBy(o => o.Id)?.ToTier ?? current.Tier;
            states[r.Id] = new ScoreState(r.Id, status, current?.Id, current?.RulesVersion, rules, current?.ComputedAt, current?.Tier, final);
        }
        return states;
    }

    public static async Task<ScoreState?> LoadAsync(StartfotoDb db, Guid responseId, CancellationToken ct) =>
        (await LoadAsync(db, [responseId], ct)).GetValueOrDefault(responseId);
}
