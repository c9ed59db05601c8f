using Scalar.AspNetCore;

namespace Startfoto.Web.Hosting;

public static class ApiDocs
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services)
    {
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Startfoto API";
            document.Info.Description = "Log in met POST /api/auth/login en stuur het accessToken mee als 'Authorization: Bearer …'.";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>/openapi/v1.json and the Scalar reference at /scalar.</summary>
    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("Startfoto API")).AllowAnonymous();
        return app;
    }
}
