using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Infrastructure;

public static class InfrastructureSetup
{
    public const string ConnectionStringName = "Startfoto";

    public static string GetStartfotoConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "Geen databaseverbinding ingesteld: zet ConnectionStrings__Startfoto, of start met ./startfoto run.");

    /// <summary>The database: one DbContext per operation through the factory (a Blazor circuit lives for hours).</summary>
    public static IServiceCollection AddStartfotoDb(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<StartfotoDb>(o => Configure(o, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly("Startfoto.Migrations"))
            .UseSnakeCaseNamingConvention();

    public static StartfotoDb CreateDb(string connectionString)
    {
        var options = new DbContextOptionsBuilder<StartfotoDb>();
        Configure(options, connectionString);
        return new StartfotoDb(options.Options);
    }

    /// <summary>For logs: the connection string without its password.</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{b.Host}:{b.Port}/{b.Database}";
    }
}
