using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Scoring;
using Startfoto.Web.Features.Scoring;

namespace Startfoto.Web.Features.Results;

/// <summary>
/// Computes a response's result with the newest rules of its questionnaire version (a gemeente's Startfoto also with its
/// regio's need) from its confirmed answers, and stores it append-only. Called inside the transaction of a submit or an
/// approval, after that has saved its own changes, under a savepoint: a missing rule set or a failure stores nothing, is
/// logged, and never undoes or fails the submit or approval itself.
/// </summary>
public sealed class ScoreResponse(IDbContextFactory<StartfotoDb> dbs, CompiledScorers scorers, TimeProvider time, ILogger<ScoreResponse> log)
{
    const string Savepoint = "uitslag";

    public async Task<ResponseScore?> AddAsync(StartfotoDb db, Response response, string trigger, DateTimeOffset now, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Scoring joins the caller's transaction.");
        await transaction.CreateSavepointAsync(Savepoint, ct);
        ResponseScore? row = null;
        try
        {
            // Shared: publishing new rules waits until this result is stored, so its recompute sees this response.
            await ScoringRulesStore.LockSharedAsync(db, ct);
            var scorer = await scorers.GetNewestAsync(db, response.QuestionnaireKey, response.QuestionnaireVersion, ct);
            if (scorer is null)
            {
                log.LogWarning("Geen scoreregels voor {Key} versie {Version}: respons {Response} krijgt geen uitslag",
                    response.QuestionnaireKey, response.QuestionnaireVersion, response.Id);
                return null;
            }
            var answers = await db.Answers.AsNoTracking().Where(a => a.ResponseId == response.Id && !a.NeedsConfirmation)
                .Select(a => new { a.Key, a.Value }).ToListAsync(ct);
            var questionnaire = scorer.Questionnaire;
            var evaluation = questionnaire.Evaluate(
                AnswerText.ToAnswerSet(questionnaire, answers.Select(a => KeyValuePair.Create(a.Key, a.Value))), DateOnly.FromDateTime(now.UtcDateTime));
            var result = scorer.Score(evaluation, await RegioNeeds.FindAsync(db, response, scorer, ct));
            if (result.Tier.Length > ScoreLimits.TierLength)
                throw new InvalidOperationException($"Tier '{result.Tier}' is longer than {ScoreLimits.TierLength} characters.");
            row = new ResponseScore
            {
                ResponseId = response.Id, QuestionnaireKey = response.QuestionnaireKey, QuestionnaireVersion = response.QuestionnaireVersion,
                RulesVersion = result.RulesVersion, Trigger = trigger, ComputedAt = now, Result = ScoreResultJson.Write(result), Tier = result.Tier,
            };
            db.ResponseScores.Add(row);
            await db.SaveChangesAsync(ct);
            return row;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Uitslag van respons {Response} ({Trigger}) niet berekend; de respons zelf is wel opgeslagen", response.Id, trigger);
            if (row is not null) db.Entry(row).State = EntityState.Detached;
            await transaction.RollbackToSavepointAsync(Savepoint, ct);
            return null;
        }
    }

    /// <summary>
    /// A new result with the newest rules ("herberekend") in its own transaction, unless the response is not submitted or
    /// approved or already has a current result. The row is locked for share, so no reopening slips in between reading
    /// the answers and storing the result.
    /// </summary>
    public async Task<RecomputeOutcome> RecomputeAsync(Guid responseId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var response = await db.Responses.FromSql($"SELECT *, xmin FROM responses WHERE id = {responseId} FOR SHARE").SingleOrDefaultAsync(ct);
        if (response is null || response.Status is not (ResponseStatus.Submitted or ResponseStatus.Approved)) return RecomputeOutcome.NotSubmitted;
        await ScoringRulesStore.LockSharedAsync(db, ct);
        if ((await ScoreStates.LoadAsync(db, responseId, ct))?.IsCurrent == true) return RecomputeOutcome.AlreadyCurrent;
        var stored = await AddAsync(db, response, ScoreTrigger.Recomputed, time.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
        return stored is null ? RecomputeOutcome.Failed : RecomputeOutcome.Stored;
    }
}
