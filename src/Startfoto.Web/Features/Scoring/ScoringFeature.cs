using Quartz;

namespace Startfoto.Web.Features.Scoring;

public static class ScoringFeature
{
    public static IServiceCollection AddScoring(this IServiceCollection services)
    {
        // Jobs live in memory: a recompute's progress is in the database, and a run a stop interrupted is started again.
        services.AddQuartz();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
        return services
            .AddSingleton<CompiledScorers>()
            .AddScoped<PublishScoringRules>()
            .AddScoped<StartRecompute>()
            .AddScoped<RecomputeScores>()
            .AddScoped<RecomputeScoresJob>()
            .AddScoped<RecomputeProgress>();
    }
}
