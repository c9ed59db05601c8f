namespace Startfoto.Web.Hosting;

public static class ErrorPages
{
    /// <summary>
    /// Never a stack trace: errors and empty 4xx/5xx answers show the Dutch page /fout, or ProblemDetails under /api.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fout", CreateScopeForErrors = true });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/fout", "?status={0}", createScopeForStatusCodePages: true));
        return app;
    }
}
