using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Indeling;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Infrastructure.Indeling;

/// <summary>
/// The real CBS indeling and map geometry the app ships (Indeling/Seed, copied from ../shared/data): imported at
/// start-up for every shipped year the database lacks, so a fresh install has the whole country.
/// </summary>
public static class IndelingSeed
{
    public const string Attribution =
        "Bron: Centraal Bureau voor de Statistiek (CBS), CBS Gebiedsindelingen 2024 en 2025 (via PDOK), CC BY 4.0. " +
        "Bewerkt: vereenvoudigd (cartomap/nl), jeugdregio-indeling per gemeente afgeleid door overlay, " +
        "jeugdregio's samengesteld uit gemeenten, omgezet naar WGS84.";

    public static readonly IReadOnlyList<int> Years = [2024, 2025];

    /// <summary>The shipped indeling of a year, in the import format.</summary>
    public static byte[] Csv(int year)
    {
        if (!Years.Contains(year)) throw new ArgumentOutOfRangeException(nameof(year), year, "Geen meegeleverde indeling voor dit jaar.");
        using var stream = Open($"gemeenten_{year}.csv");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>Jeugdregio polygons 2024 (WGS84 GeoJSON, properties code and naam).</summary>
    public static Stream OpenJeugdregiosGeoJson() => Open("jeugdregios_2024.wgs84.geojson");

    /// <summary>Gemeente polygons 2024 (WGS84 GeoJSON, properties code, naam and jeugdregiocode).</summary>
    public static Stream OpenGemeentenGeoJson() => Open("gemeenten_2024.wgs84.geojson");

    public static Task<IReadOnlyList<string>> SeedMissingYearsAsync(IDbContextFactory<StartfotoDb> dbs, CancellationToken ct) =>
        SeedMissingYearsAsync(dbs.CreateDbContext, ct);

    public static Task<IReadOnlyList<string>> SeedMissingYearsAsync(string connectionString, CancellationToken ct) =>
        SeedMissingYearsAsync(() => InfrastructureSetup.CreateDb(connectionString), ct);

    /// <summary>Imports each shipped year that has no gemeenten yet; returns a Dutch line per year imported.</summary>
    public static async Task<IReadOnlyList<string>> SeedMissingYearsAsync(Func<StartfotoDb> createDb, CancellationToken ct)
    {
        var import = new IndelingImport(createDb);
        var done = new List<string>();
        foreach (var year in Years)
        {
            await using (var db = createDb())
                if (await IndelingStore.HasYearAsync(db, year, ct)) continue;
            // The shipped files are valid (a test reads them); a broken copy is a bug, not user input.
            var table = IndelingFileReader.ReadIndeling(Csv(year), $"gemeenten_{year}.csv");
            var report = await import.ImportAsync(year, table.Value ?? throw Broken(year, table.Problems), ct);
            if (!report.Ok) throw Broken(year, report.Problems);
            if (report.Value!.Changed) done.AddRange(report.Value.Lines);
        }
        return done;
    }

    static InvalidOperationException Broken(int year, IEnumerable<object> problems) =>
        new($"Meegeleverde indeling {year} is ongeldig: {string.Join("; ", problems)}");

    static Stream Open(string name) =>
        typeof(IndelingSeed).Assembly.GetManifestResourceStream("Startfoto.Indeling.Seed." + name)
        ?? throw new InvalidOperationException($"Meegeleverd bestand {name} ontbreekt in de build.");
}
