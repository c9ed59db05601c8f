using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Startfoto.Web.Hosting;

/// <summary>An unhandled error under /api becomes a Dutch ProblemDetails without details; pages get /fout.</summary>
sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
            return false;
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Er ging iets mis op de server.",
                Detail = "Probeer het later opnieuw. Blijft het misgaan, meld dan het tijdstip aan de beheerder.",
            },
        });
    }
}
