using Startfoto.Infrastructure;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Cli;

static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length > 0)
        {
            await errors.WriteLineAsync("Gebruik: ./startfoto migrate");
            return 2;
        }
        var cs = ConnectionString.FromEnvironment();
        await using var db = InfrastructureSetup.CreateDb(cs);
        var pending = await DatabaseMigrations.ApplyAsync(db, CancellationToken.None);
        await output.WriteLineAsync(pending.Count == 0
            ? $"Database {InfrastructureSetup.Describe(cs)} is bijgewerkt; geen migraties nodig."
            : $"Database {InfrastructureSetup.Describe(cs)}: {pending.Count} migratie(s) toegepast ({string.Join(", ", pending)}).");
        return 0;
    }
}
