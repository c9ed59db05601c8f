using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Indeling;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.Scoring;

namespace Startfoto.Web.Hosting;

/// <summary>
/// At start: migrations (unless switched off), the roles, the shipped CBS indeling, recomputes a stop interrupted, the
/// questionnaires folder, and in
/// Development the demo accounts and demo rounds.
/// </summary>
sealed class DatabaseStartup(
    IDbContextFactory<StartfotoDb> dbs, IOptions<DatabaseOptions> options, RoleSeed roles, QuestionnaireStartup questionnaires,
    IServiceProvider services, IHostEnvironment environment, ILogger<DatabaseStartup> log)
{
    public async Task RunAsync(CancellationToken ct)
    {
        if (options.Value.MigrateOnStartup)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var applied = await DatabaseMigrations.ApplyAsync(db, ct);
            if (applied.Count > 0)
                log.LogInformation("Migraties toegepast: {Migrations}", string.Join(", ", applied));
        }
        await roles.RunAsync();
        if (options.Value.SeedIndeling)
            foreach (var line in await IndelingSeed.SeedMissingYearsAsync(dbs, ct))
                log.LogInformation("Indeling geladen: {Report}", line);
        // Before the folder is registered: a run it starts is not yet one to resume.
        await services.GetRequiredService<StartRecompute>().ResumeAsync(ct);
        await questionnaires.RunAsync(ct);
        if (environment.IsDevelopment())
        {
            await ActivatorUtilities.CreateInstance<DemoAccounts>(services).RunAsync(ct);
            await ActivatorUtilities.CreateInstance<DemoRounds>(services).RunAsync(ct);
        }
    }
}
