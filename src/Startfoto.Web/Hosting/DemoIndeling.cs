using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Web.Hosting;

/// <summary>
/// DEMO INDELING — Development only. Inserts just the two jeugdregio's and two gemeenten the demo accounts need,
/// each only if missing. TODO: replace this class with a call to IndelingSeed (the real 2024 indeling from the
/// indeling import) once that lands.
/// </summary>
static class DemoIndeling
{
    const int Year = 2024;

    static readonly (string Code, string Name)[] Jeugdregios = [("JZ18", "Holland Rijnland"), ("JZ29", "Rijnmond")];
    static readonly (string Code, string Name, string Jeugdregio)[] Gemeenten = [("GM0546", "Leiden", "JZ18"), ("GM0599", "Rotterdam", "JZ29")];

    public static async Task EnsureAsync(IDbContextFactory<StartfotoDb> dbs, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        foreach (var (code, name) in Jeugdregios)
            if (!await db.Jeugdregios.AnyAsync(r => r.Year == Year && r.Code == code, ct))
                db.Jeugdregios.Add(new Jeugdregio { Year = Year, Code = code, Name = name });
        await db.SaveChangesAsync(ct);
        foreach (var (code, name, jeugdregio) in Gemeenten)
            if (!await db.Gemeenten.AnyAsync(g => g.Year == Year && g.Code == code, ct))
                db.Gemeenten.Add(new Gemeente
                {
                    Year = Year, Code = code, Name = name, JeugdregioCode = jeugdregio,
                    ProvincieCode = "PV28", ProvincieName = "Zuid-Holland",
                });
        await db.SaveChangesAsync(ct);
    }
}
