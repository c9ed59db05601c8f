using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Scoring;

/// <summary>The rules versions and how far their recomputes got: for Beheerder and OZJ, who publish rules.</summary>
public sealed class RecomputeProgress(IDbContextFactory<StartfotoDb> dbs)
{
    public static bool MayFollow(Actor actor) => actor.Role is Role.Beheerder or Role.OZJ;

    public async Task<Outcome<ScoringOverview>> ListAsync(Actor actor, CancellationToken ct)
    {
        if (!MayFollow(actor)) return Outcome<ScoringOverview>.Forbidden;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rules = await db.ScoringRulesVersions.AsNoTracking()
            .OrderBy(v => v.QuestionnaireKey).ThenByDescending(v => v.QuestionnaireVersion).ThenByDescending(v => v.RulesVersion)
            .Select(v => new RulesVersionView(v.QuestionnaireKey, v.QuestionnaireVersion, v.RulesVersion, v.Source, v.PublishedAt,
                db.Users.Where(u => u.Id == v.PublishedBy).Select(u => u.DisplayName).FirstOrDefault(),
                !db.ScoringRulesVersions.Any(n => n.QuestionnaireKey == v.QuestionnaireKey && n.QuestionnaireVersion == v.QuestionnaireVersion
                    && n.RulesVersion > v.RulesVersion),
                db.ResponseScores.Count(s => s.QuestionnaireKey == v.QuestionnaireKey && s.QuestionnaireVersion == v.QuestionnaireVersion
                    && s.RulesVersion == v.RulesVersion)))
            .ToListAsync(ct);
        var runs = await db.ScoreRecomputations.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(100).ToListAsync(ct);
        return Outcome<ScoringOverview>.Ok(new ScoringOverview(rules, [.. runs.Select(RecomputationView.Of)]));
    }

    public async Task<Outcome<RecomputationView>> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        if (!MayFollow(actor)) return Outcome<RecomputationView>.Forbidden;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var run = await db.ScoreRecomputations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return run is null ? Outcome<RecomputationView>.NotFound : Outcome<RecomputationView>.Ok(RecomputationView.Of(run));
    }
}
