using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn;
using Startfoto.Web.Features.Scoring;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Results;

/// <summary>
/// A response's result for whoever may read the response (<see cref="ResponseAccess"/>: the gemeente its own, the
/// regioadviseur their regio's, Beheerder and OZJ all); anyone else is told it does not exist.
/// </summary>
public sealed class LoadResponseScore(IDbContextFactory<StartfotoDb> dbs, ResponseAccess access, CompiledScorers scorers)
{
    public async Task<Outcome<ResponseScoreView>> RunAsync(Actor actor, Guid responseId, CancellationToken ct)
    {
        if (await access.FindAsync(actor, responseId, ct) is not { } context) return Outcome<ResponseScoreView>.NotFound;
        var response = context.Response;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var state = (await ScoreStates.LoadAsync(db, responseId, ct))!;
        var scorer = await scorers.GetNewestAsync(db, response.QuestionnaireKey, response.QuestionnaireVersion, ct);
        var results = await db.ResponseScores.AsNoTracking().Where(s => s.ResponseId == responseId).OrderByDescending(s => s.Id).ToListAsync(ct);
        var current = results.FirstOrDefault(s => s.Id == state.ScoreId);
        var overrides = await db.TierOverrides.AsNoTracking().Where(o => o.ResponseId == responseId)
            .Join(db.Users, o => o.By, u => u.Id, (o, u) => new { o, u.DisplayName }).OrderByDescending(x => x.o.Id).ToListAsync(ct);
        var running = await db.ScoreRecomputations.AsNoTracking()
            .Where(r => r.QuestionnaireKey == response.QuestionnaireKey && r.QuestionnaireVersion == response.QuestionnaireVersion && r.FinishedAt == null)
            .OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
        var title = await db.QuestionnaireVersions.Where(v => v.Key == response.QuestionnaireKey && v.Version == response.QuestionnaireVersion)
            .Select(v => v.Title).SingleAsync(ct);

        return Outcome<ResponseScoreView>.Ok(new ResponseScoreView(
            responseId, context.Round.Id, context.Round.Title, context.Respondent, response.QuestionnaireKey, response.QuestionnaireVersion, title,
            response.Status, ResponseLifecycle.Label(response.Status), state.Status, state.Status.Label(), state.NewestRulesVersion,
            current is null ? null : new StoredResult(current.Id, current.RulesVersion, current.Trigger, current.ComputedAt, ScoreResultJson.Read(current.Result)),
            state.ComputedTier, state.FinalTier, state.Overridden, scorer?.Rules.Tier.Label, scorer is null ? [] : [.. scorer.Rules.Tier.Tiers],
            [.. overrides.Select(x => new TierOverrideEntry(x.o.FromTier, x.o.ToTier, x.o.Motivation, x.DisplayName, x.o.At,
                response.SubmittedAt is { } submitted && x.o.At >= submitted))],
            [.. results.Select(s => new ResultEntry(s.Id, s.RulesVersion, s.Trigger, s.ComputedAt, s.Tier, s.Id == state.ScoreId))],
            running is null ? null : RecomputationView.Of(running),
            context.Rights.MayReview && state.IsCurrent));
    }
}
