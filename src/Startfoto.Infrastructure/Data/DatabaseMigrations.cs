using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Startfoto.Infrastructure.Data;

/// <summary>Pending migrations and applying them, shared by the app's start-up and ./startfoto migrate.</summary>
public static class DatabaseMigrations
{
    /// <summary>
    /// The migrations not yet applied. On an empty database EF logs its failed read of the history table as an
    /// error; creating that (empty) table first keeps a first start free of alarming log lines.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(StartfotoDb db, CancellationToken ct)
    {
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        return [.. await db.Database.GetPendingMigrationsAsync(ct)];
    }

    /// <summary>Applies what is pending; returns the migrations it applied.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(StartfotoDb db, CancellationToken ct)
    {
        var pending = await PendingAsync(db, ct);
        if (pending.Count > 0) await db.Database.MigrateAsync(ct);
        return pending;
    }
}
