using Xunit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Startfoto.Infrastructure;
using Startfoto.Infrastructure.Data;

namespace Startfoto.TestSupport;

/// <summary>
/// A fresh, migrated database on the real PostgreSQL server that `./startfoto test` provides, one per test
/// collection: cloned from a template that is migrated once per set of migrations, so a collection starts in
/// milliseconds and never sees another collection's rows.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";
    public string Name { get; } = "startfoto_t_" + Guid.NewGuid().ToString("N")[..12];

    public StartfotoDb CreateDb() => InfrastructureSetup.CreateDb(ConnectionString);

    public async Task InitializeAsync()
    {
        var server = ServerConnectionString();
        var template = await TemplateDatabase.EnsureAsync(server);
        await using (var admin = new NpgsqlConnection(AdminConnection(server)))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\" TEMPLATE \"{template}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnection(ServerConnectionString()));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Startfoto") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "ConnectionStrings__Startfoto is not set: run the tests with ./startfoto test, which provides PostgreSQL.");

    internal static string AdminConnection(string server) =>
        new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
}

/// <summary>The migrated template all test databases are cloned from.</summary>
static class TemplateDatabase
{
    static readonly SemaphoreSlim Gate = new(1, 1);
    static string? ready;

    public static async Task<string> EnsureAsync(string server)
    {
        await Gate.WaitAsync();
        try
        {
            return ready ??= await CreateAsync(server);
        }
        finally
        {
            Gate.Release();
        }
    }

    static async Task<string> CreateAsync(string server)
    {
        string lastMigration;
        await using (var probe = InfrastructureSetup.CreateDb(server))
            lastMigration = probe.Database.GetMigrations().Last();
        var name = "startfoto_template_" + lastMigration.ToLowerInvariant();

        await using var admin = new NpgsqlConnection(PostgresDatabase.AdminConnection(server));
        await admin.OpenAsync();
        // Test projects run in parallel processes: one of them builds the template, the others wait here.
        await using (var locked = new NpgsqlCommand("SELECT pg_advisory_lock(4201)", admin))
            await locked.ExecuteNonQueryAsync();
        try
        {
            await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", admin)
            { Parameters = { new() { Value = name } } };
            if ((long)(await exists.ExecuteScalarAsync())! == 0)
            {
                await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin))
                    await create.ExecuteNonQueryAsync();
                // CREATE DATABASE … TEMPLATE fails while anyone is connected to the template: migrate it unpooled.
                var templateCs = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
                await using var db = InfrastructureSetup.CreateDb(templateCs);
                await db.Database.MigrateAsync();
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(4201)", admin);
            await unlock.ExecuteNonQueryAsync();
        }
        return name;
    }
}
