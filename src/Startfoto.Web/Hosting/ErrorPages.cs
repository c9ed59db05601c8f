using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Startfoto.Web.Hosting;

public static class ErrorPages
{
    /// <summary>
    /// Never a stack trace. Pages: an error or an empty 4xx/5xx answer to a GET shows the Dutch page /fout (a form
    /// POST keeps its bare status: re-running a POST on a page would be read as a form). API: ProblemDetails.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fout", CreateScopeForErrors = true });
        app.UseStatusCodePagesWithReExecute("/fout", "?status={0}", createScopeForStatusCodePages: true);
        app.Use(async (context, next) =>
        {
            var isApi = context.Request.Path.StartsWithSegments("/api");
            if (isApi || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
                context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            await next(context);
            var response = context.Response;
            if (isApi && !response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails { Status = response.StatusCode, Title = Title(response.StatusCode) },
                });
        });
        return app;
    }

    static string Title(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Niet ingelogd: log in met POST /api/auth/login en stuur het bearer-token mee.",
        StatusCodes.Status403Forbidden => "Geen toegang: uw rol of regio geeft geen recht op deze gegevens.",
        StatusCodes.Status404NotFound => "Niet gevonden.",
        _ => "Het verzoek kon niet worden verwerkt.",
    };
}
