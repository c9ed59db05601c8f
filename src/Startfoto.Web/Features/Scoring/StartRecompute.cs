using Microsoft.EntityFrameworkCore;
using Quartz;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Web.Features.Scoring;

/// <summary>
/// Starts recomputing the submitted and approved responses of a questionnaire version with a new rules version: the
/// progress is stored first, then <see cref="RecomputeScoresJob"/> does the work in the background. Runs that a stop
/// interrupted are picked up again at start (<see cref="ResumeAsync"/>); the work skips what is already current.
/// </summary>
public sealed class StartRecompute(IDbContextFactory<StartfotoDb> dbs, ISchedulerFactory schedulers, TimeProvider time, ILogger<StartRecompute> log)
{
    public async Task<ScoreRecomputation> RunAsync(string key, int version, int rulesVersion, Guid? by, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var run = new ScoreRecomputation
        {
            Id = Guid.NewGuid(), QuestionnaireKey = key, QuestionnaireVersion = version, RulesVersion = rulesVersion, StartedAt = time.GetUtcNow(),
            StartedBy = by,
            Total = await db.Responses.CountAsync(r => r.QuestionnaireKey == key && r.QuestionnaireVersion == version
                && (r.Status == ResponseStatus.Submitted || r.Status == ResponseStatus.Approved), ct),
        };
        db.ScoreRecomputations.Add(run);
        await db.SaveChangesAsync(ct);
        await TriggerAsync(run.Id, ct);
        log.LogInformation("Herberekening {Run} gestart: {Key} versie {Version} met regelversie {Rules}, {Total} responsen",
            run.Id, key, version, rulesVersion, run.Total);
        return run;
    }

    /// <summary>Starts again every run that has not finished (the app stopped while it ran).</summary>
    public async Task ResumeAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        foreach (var id in await db.ScoreRecomputations.Where(r => r.FinishedAt == null).Select(r => r.Id).ToListAsync(ct))
            await TriggerAsync(id, ct);
    }

    async Task TriggerAsync(Guid run, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<RecomputeScoresJob>().WithIdentity($"herberekening-{run:N}", RecomputeScoresJob.Group)
            .UsingJobData(RecomputeScoresJob.RunKey, run.ToString()).Build();
        await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build(), cancellationToken: ct);
    }
}
