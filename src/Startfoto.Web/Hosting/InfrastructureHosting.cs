using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Startfoto.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Infrastructure.Questionnaires.Registration;

namespace Startfoto.Web.Hosting;

public static class InfrastructureHosting
{
    /// <summary>Database, data protection keys, health checks, logs, error responses, clock.</summary>
    public static WebApplicationBuilder AddInfrastructure(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddStartfotoDb(builder.Configuration.GetStartfotoConnectionString());
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        // Keys in the database: every instance decrypts the same cookies, and a restart signs nobody out.
        services.AddDataProtection().SetApplicationName("Startfoto").PersistKeysToDbContext<StartfotoDb>();
        services.AddHealthChecks().AddDbContextCheck<StartfotoDb>("database", tags: ["ready"]);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseStartup>();
        services.AddOptions<QuestionnaireOptions>().BindConfiguration(QuestionnaireOptions.Section);
        services.AddSingleton<QuestionnaireFolderReport>();
        services.AddSingleton<CompiledQuestionnaires>();
        services.AddSingleton(s => new QuestionnaireRegistry(
            s.GetRequiredService<IDbContextFactory<StartfotoDb>>(), s.GetRequiredService<TimeProvider>()));
        services.AddScoped<QuestionnaireStartup>();
        if (!builder.Environment.IsDevelopment())
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        return builder;
    }
}
