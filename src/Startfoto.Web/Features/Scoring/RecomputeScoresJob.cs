using Quartz;

namespace Startfoto.Web.Features.Scoring;

/// <summary>Quartz's side of a recompute: a thin adapter, like an endpoint.</summary>
public sealed class RecomputeScoresJob(RecomputeScores recompute) : IJob
{
    public const string Group = "herberekeningen";
    public const string RunKey = "run";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recompute.RunAsync(Guid.Parse(context.MergedJobDataMap.GetString(RunKey)!), cancellationToken);
}
