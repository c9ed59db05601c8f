using Microsoft.EntityFrameworkCore.Design;
using Startfoto.Infrastructure;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Migrations;

/// <summary>Lets `dotnet ef` build the model without a running app; generating migrations needs no live database.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<StartfotoDb>
{
    public StartfotoDb CreateDbContext(string[] args) =>
        InfrastructureSetup.CreateDb(Environment.GetEnvironmentVariable("ConnectionStrings__Startfoto")
            ?? "Host=127.0.0.1;Database=startfoto_design;Username=postgres");
}
