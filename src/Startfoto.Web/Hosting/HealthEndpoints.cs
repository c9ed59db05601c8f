using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Startfoto.Web.Hosting;

public static class HealthEndpoints
{
    /// <summary>/health/live: the process answers. /health/ready: and the database does too.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}
