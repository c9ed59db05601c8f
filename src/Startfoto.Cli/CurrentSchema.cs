using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure;

namespace Startfoto.Cli;

/// <summary>Commands that read or write data refuse a database whose schema lags behind, instead of failing halfway.</summary>
static class CurrentSchema
{
    public static async Task<int> RequireAsync(string connectionString, TextWriter errors, Func<Task<int>> command)
    {
        await using (var db = InfrastructureSetup.CreateDb(connectionString))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count > 0)
            {
                await errors.WriteLineAsync(
                    $"De database {InfrastructureSetup.Describe(connectionString)} mist {pending.Count} migratie(s); voer eerst ./startfoto migrate uit.");
                return 1;
            }
        }
        return await command();
    }
}
