using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn;
using Startfoto.Web.Features.Scoring;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Results;

/// <summary>
/// The regioadviseur of the response's regio sets another tier than the rules gave, with a motivation: kept append-only
/// with who, when, from and to. The computed tier stays; the final tier is the new one from now on. Others who may read
/// the response are refused; whoever may not read it is told it does not exist.
/// </summary>
public sealed class OverrideTier(IDbContextFactory<StartfotoDb> dbs, ResponseAccess access, CompiledScorers scorers, TimeProvider time)
{
    public async Task<Outcome<TierOverrideEntry>> RunAsync(Actor actor, Guid responseId, TierOverrideInput input, CancellationToken ct)
    {
        if (await access.FindAsync(actor, responseId, ct) is not { } context) return Outcome<TierOverrideEntry>.NotFound;
        if (!context.Rights.MayReview) return Outcome<TierOverrideEntry>.Forbidden;
        var (tier, motivation) = (input.Tier?.Trim(), input.Motivation?.Trim());

        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Locked like a review: no reopening, submit or second override slips in between checking and storing.
        await db.Responses.FromSql($"SELECT *, xmin FROM responses WHERE id = {responseId} FOR UPDATE").SingleAsync(ct);
        var state = (await ScoreStates.LoadAsync(db, responseId, ct))!;
        var scorer = await scorers.GetNewestAsync(db, context.Response.QuestionnaireKey, context.Response.QuestionnaireVersion, ct);
        var tiers = scorer?.Rules.Tier.Tiers ?? [];
        var problems = new List<Problem>();
        if (string.IsNullOrEmpty(tier) || !tiers.Contains(tier)) problems.Add(ResultProblems.UnknownTier(tier, tiers));
        else if (tier == state.FinalTier) problems.Add(ResultProblems.SameTier(tier));
        if (string.IsNullOrEmpty(motivation)) problems.Add(ResultProblems.MotivationRequired());
        else if (motivation.Length > ScoreLimits.MotivationLength) problems.Add(ResultProblems.MotivationTooLong(ScoreLimits.MotivationLength));
        if (problems.Count > 0) return Outcome<TierOverrideEntry>.Invalid(problems);
        if (!state.IsCurrent) return Outcome<TierOverrideEntry>.Conflict([ResultProblems.NoCurrentResult(state.Status.Label())]);

        var change = new TierOverride
        {
            ResponseId = responseId, ScoreId = state.ScoreId!.Value, FromTier = state.FinalTier!, ToTier = tier!, Motivation = motivation!,
            By = actor.UserId, At = time.GetUtcNow(),
        };
        db.TierOverrides.Add(change);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var by = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).SingleAsync(ct);
        return Outcome<TierOverrideEntry>.Ok(new TierOverrideEntry(change.FromTier, change.ToTier, change.Motivation, by, change.At, Applies: true));
    }
}
