using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Results;

namespace Startfoto.Web.Features.Scoring;

/// <summary>
/// One recompute run: every submitted and approved response of the questionnaire version gets a result with the newest
/// rules ("herberekend"), each in its own transaction, the progress stored after each. A response that is already
/// current is counted as done; one that fails is counted and logged, and the rest go on. A newer rules version ends
/// the run early: its own run takes over.
/// </summary>
public sealed class RecomputeScores(IDbContextFactory<StartfotoDb> dbs, ScoreResponse score, TimeProvider time, ILogger<RecomputeScores> log)
{
    public async Task RunAsync(Guid runId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var run = await db.ScoreRecomputations.SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null || run.FinishedAt is not null) return;
        var ids = await db.Responses.Where(r => r.QuestionnaireKey == run.QuestionnaireKey && r.QuestionnaireVersion == run.QuestionnaireVersion
                && (r.Status == ResponseStatus.Submitted || r.Status == ResponseStatus.Approved))
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        (run.Total, run.Done, run.Failed) = (ids.Count, 0, 0);
        foreach (var id in ids)
        {
            ct.ThrowIfCancellationRequested();
            var newest = await db.ScoringRulesVersions.Where(v => v.QuestionnaireKey == run.QuestionnaireKey && v.QuestionnaireVersion == run.QuestionnaireVersion)
                .MaxAsync(v => v.RulesVersion, ct);
            if (newest != run.RulesVersion)
            {
                run.Note = $"Gestopt: regelversie {newest} is intussen gepubliceerd en wordt zelf herberekend.";
                break;
            }
            var outcome = await score.RecomputeAsync(id, ct);
            if (outcome == RecomputeOutcome.Failed) run.Failed++;
            else run.Done++;
            await db.SaveChangesAsync(ct);
        }
        run.FinishedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        log.LogInformation("Herberekening {Run} klaar: {Done} van {Total} berekend, {Failed} mislukt", run.Id, run.Done, run.Total, run.Failed);
    }
}
