using Npgsql;
using Startfoto.TestSupport;

namespace Startfoto.Cli.Tests;

public sealed class CurrentSchemaTests
{
    [Fact]
    public async Task A_database_without_migrations_is_refused_with_the_command_to_run()
    {
        var server = PostgresDatabase.ServerConnectionString();
        var name = "startfoto_empty_" + Guid.NewGuid().ToString("N")[..8];
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await Execute(admin, $"CREATE DATABASE \"{name}\"");
        try
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            var exit = await Commands.RunAsync(["export-indeling", "--year", "2024"], output, errors,
                new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString);

            Assert.Equal(1, exit);
            Assert.Contains("voer eerst ./startfoto migrate uit", errors.ToString(), StringComparison.Ordinal);
            Assert.Equal("", output.ToString());
        }
        finally
        {
            await Execute(admin, $"DROP DATABASE \"{name}\" WITH (FORCE)");
        }
    }

    static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
