using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Indeling;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Infrastructure.Indeling;

/// <summary>The stored indeling of a year: read it as a table, or bring it in line with a new table.</summary>
static class IndelingStore
{
    public static async Task<IndelingTable> LoadAsync(StartfotoDb db, int year, CancellationToken ct)
    {
        var rows = await db.Gemeenten.AsNoTracking().Where(g => g.Year == year)
            .Select(g => new { g.Code, g.Name, g.JeugdregioCode, JeugdregioName = g.Jeugdregio!.Name, g.ProvincieCode, g.ProvincieName })
            .ToListAsync(ct);
        return IndelingTable.FromValidRows(rows.Select(g => new IndelingGemeente(
            new GemeenteCode(g.Code), g.Name, new JeugdregioCode(g.JeugdregioCode), g.JeugdregioName,
            new ProvincieCode(g.ProvincieCode), g.ProvincieName)));
    }

    public static Task<bool> HasYearAsync(StartfotoDb db, int year, CancellationToken ct) =>
        db.Gemeenten.AnyAsync(g => g.Year == year, ct);

    /// <summary>
    /// Touches only what differs, so rows that stay keep their identity. Regio's first (gemeenten refer to them), then
    /// gemeenten, then the regio's nobody refers to any more. The caller owns the transaction.
    /// </summary>
    public static async Task ApplyAsync(StartfotoDb db, int year, IndelingTable table, CancellationToken ct)
    {
        var regios = await db.Jeugdregios.Where(r => r.Year == year).ToDictionaryAsync(r => r.Code, ct);
        foreach (var regio in table.Jeugdregios)
        {
            if (!regios.TryGetValue(regio.Code.Value, out var stored))
                db.Jeugdregios.Add(new Jeugdregio { Year = year, Code = regio.Code.Value, Name = regio.Name });
            else if (stored.Name != regio.Name)
                stored.Name = regio.Name;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var gemeenten = await db.Gemeenten.Where(g => g.Year == year).ToDictionaryAsync(g => g.Code, ct);
        var wanted = table.Gemeenten.ToDictionary(g => g.Code.Value);
        db.Gemeenten.RemoveRange(gemeenten.Values.Where(g => !wanted.ContainsKey(g.Code)));
        foreach (var g in table.Gemeenten)
        {
            if (!gemeenten.TryGetValue(g.Code.Value, out var stored))
                db.Gemeenten.Add(stored = new Gemeente
                {
                    Year = year, Code = g.Code.Value, Name = g.Name, JeugdregioCode = g.JeugdregioCode.Value,
                    ProvincieCode = g.ProvincieCode.Value, ProvincieName = g.ProvincieName,
                });
            stored.Name = g.Name;
            stored.JeugdregioCode = g.JeugdregioCode.Value;
            stored.ProvincieCode = g.ProvincieCode.Value;
            stored.ProvincieName = g.ProvincieName;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var kept = table.Jeugdregios.Select(r => r.Code.Value).ToList();
        await db.Jeugdregios.Where(r => r.Year == year && !kept.Contains(r.Code)).ExecuteDeleteAsync(ct);
    }
}
