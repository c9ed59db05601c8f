using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Indeling;

namespace Startfoto.Web.Features.Admin;

public static class IndelingApi
{
    public static RouteGroupBuilder MapIndelingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indeling").WithTags("Indeling").RequireAuthorization(p => p.RequireRole(Role.Beheerder));
        api.MapGet("/", Years).WithSummary("De jaren met een indeling, met het aantal jeugdregio's en gemeenten.");
        api.MapGet("/{year:int}/csv", Export).WithSummary("De indeling van een jaar als CSV, in het formaat van CBS.");
        return api;
    }

    static async Task<Ok<IReadOnlyList<IndelingYear>>> Years(IDbContextFactory<StartfotoDb> dbs, CancellationToken ct) =>
        TypedResults.Ok(await ListYearsAsync(dbs, ct));

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        int year, IDbContextFactory<StartfotoDb> dbs, CancellationToken ct)
    {
        var csv = await new IndelingExport(dbs).ExportAsync(year, ct);
        return csv.Ok
            ? TypedResults.File(csv.Value!, "text/csv; charset=utf-8", $"gemeenten_{year}.csv")
            : TypedResults.Problem(title: "Geen indeling voor dit jaar.", detail: csv.Problems[0].Message, statusCode: StatusCodes.Status404NotFound);
    }

    public static async Task<IReadOnlyList<IndelingYear>> ListYearsAsync(IDbContextFactory<StartfotoDb> dbs, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var regios = await db.Jeugdregios.GroupBy(r => r.Year).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(ct);
        var gemeenten = await db.Gemeenten.GroupBy(g => g.Year).ToDictionaryAsync(g => g.Key, g => g.Count(), ct);
        return [.. regios.OrderByDescending(r => r.Year).Select(r => new IndelingYear(r.Year, r.Count, gemeenten.GetValueOrDefault(r.Year)))];
    }
}
