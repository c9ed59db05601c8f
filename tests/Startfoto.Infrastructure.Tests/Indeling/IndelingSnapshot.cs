using Microsoft.EntityFrameworkCore;
using Startfoto.TestSupport;

namespace Startfoto.Infrastructure.Tests.Indeling;

/// <summary>Every stored row of one year's indeling, as text: equal snapshots mean the database did not change.</summary>
static class IndelingSnapshot
{
    public static async Task<List<string>> TakeAsync(PostgresDatabase database, int year)
    {
        await using var db = database.CreateDb();
        var regios = await db.Jeugdregios.Where(r => r.Year == year).OrderBy(r => r.Code)
            .Select(r => "regio " + r.Code + " " + r.Name).ToListAsync();
        var gemeenten = await db.Gemeenten.Where(g => g.Year == year).OrderBy(g => g.Code)
            .Select(g => g.Code + "|" + g.Name + "|" + g.JeugdregioCode + "|" + g.ProvincieCode + "|" + g.ProvincieName).ToListAsync();
        return [.. regios, .. gemeenten];
    }
}
