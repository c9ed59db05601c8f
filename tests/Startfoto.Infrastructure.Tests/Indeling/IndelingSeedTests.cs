using System.Text.Json;
using Startfoto.Infrastructure.Indeling;
using Startfoto.TestSupport;

namespace Startfoto.Infrastructure.Tests.Indeling;

[Collection(nameof(IndelingSeedDb))]
public sealed class IndelingSeedTests(PostgresDatabase database)
{
    [Fact]
    public async Task A_fresh_database_gets_the_shipped_years_once()
    {
        var first = await IndelingSeed.SeedMissingYearsAsync(database.ConnectionString, default);
        var second = await IndelingSeed.SeedMissingYearsAsync(database.ConnectionString, default);

        Assert.Equal(["Indeling 2024 geïmporteerd: 342 gemeenten in 42 jeugdregio's.",
            "Indeling 2025 geïmporteerd: 342 gemeenten in 42 jeugdregio's."], first);
        Assert.Empty(second);
        Assert.Equal(342 + 42, (await IndelingSnapshot.TakeAsync(database, 2024)).Count);
        Assert.Equal(IndelingSeed.Csv(2025), (await IndelingExport.ForConnectionString(database.ConnectionString).ExportAsync(2025, default)).Value);
    }

    [Theory]
    [InlineData("jeugdregios", 42)]
    [InlineData("gemeenten", 342)]
    public void The_shipped_geometry_has_a_feature_per_code_of_the_2024_indeling(string layer, int features)
    {
        using var stream = layer == "jeugdregios" ? IndelingSeed.OpenJeugdregiosGeoJson() : IndelingSeed.OpenGemeentenGeoJson();
        using var json = JsonDocument.Parse(stream);

        var codes = json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("code").GetString()).ToHashSet();

        Assert.Equal(features, codes.Count);
        var table = IndelingFiles.SeedTable;
        var expected = layer == "jeugdregios" ? table.Jeugdregios.Select(r => r.Code.Value) : table.Gemeenten.Select(g => g.Code.Value);
        Assert.True(codes.SetEquals(expected));
    }

    [Fact]
    public void The_attribution_credits_CBS_under_CC_BY_4_0()
    {
        Assert.StartsWith("Bron: Centraal Bureau voor de Statistiek (CBS), CBS Gebiedsindelingen 2024 en 2025 (via PDOK), CC BY 4.0.", IndelingSeed.Attribution);
        Assert.EndsWith("omgezet naar WGS84.", IndelingSeed.Attribution);
    }
}
