using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure;

namespace Startfoto.Infrastructure.Tests.Data;

/// <summary>The DBA script in migrations/startfoto.sql must be regenerated with every migration.</summary>
public sealed class MigrationsScriptTests
{
    static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Startfoto.sln not found"), relative);
    }

    [Fact]
    public void The_idempotent_sql_script_contains_every_migration()
    {
        using var db = InfrastructureSetup.CreateDb("Host=127.0.0.1;Database=unused");
        var script = File.ReadAllText(RepoFile("migrations/startfoto.sql"));
        var migrations = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        Assert.All(migrations, id => Assert.Contains($"'{id}'", script, StringComparison.Ordinal));
    }

    [Fact]
    public void The_model_has_no_changes_that_lack_a_migration()
    {
        using var db = InfrastructureSetup.CreateDb("Host=127.0.0.1;Database=unused");
        Assert.False(db.Database.HasPendingModelChanges(),
            "The EF model differs from the last migration: run dotnet ef migrations add, then ./startfoto migrations-script.");
    }
}
