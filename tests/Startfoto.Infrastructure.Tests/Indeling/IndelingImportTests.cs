using Startfoto.Infrastructure.Indeling;
using Startfoto.TestSupport;
using static Startfoto.Infrastructure.Tests.Indeling.IndelingFiles;

namespace Startfoto.Infrastructure.Tests.Indeling;

[Collection(nameof(IndelingDb))]
public sealed class IndelingImportTests(PostgresDatabase database)
{
    IndelingImport Import => IndelingImport.ForConnectionString(database.ConnectionString);
    IndelingExport Export => IndelingExport.ForConnectionString(database.ConnectionString);

    [Fact]
    public async Task The_shipped_2024_indeling_imports_342_gemeenten_in_42_jeugdregios()
    {
        var result = await Import.ImportFileAsync(2030, Seed2024, "gemeenten_2024.csv", default);

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(["Indeling 2030 geïmporteerd: 342 gemeenten in 42 jeugdregio's."], result.Value!.Lines);
        var rows = await IndelingSnapshot.TakeAsync(database, 2030);
        Assert.Equal(42, rows.Count(r => r.StartsWith("regio JZ", StringComparison.Ordinal)));
        Assert.Equal(342, rows.Count(r => r.StartsWith("GM", StringComparison.Ordinal)));
        Assert.Contains("GM1900|Súdwest-Fryslân|JZ02|PV21|Fryslân", rows);
        Assert.Contains("GM0820|Nuenen, Gerwen en Nederwetten|JZ39|PV30|Noord-Brabant", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("regio JZ40", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_reports_no_changes_and_changes_nothing()
    {
        Assert.True((await Import.ImportFileAsync(2031, Seed2024, "gemeenten_2024.csv", default)).Ok);
        var before = await IndelingSnapshot.TakeAsync(database, 2031);

        var again = await Import.ImportFileAsync(2031, Seed2024, "gemeenten_2024.csv", default);

        Assert.False(again.Value!.Changed);
        Assert.StartsWith("Geen wijzigingen", Assert.Single(again.Value.Lines));
        Assert.Equal(before, await IndelingSnapshot.TakeAsync(database, 2031));
    }

    public static TheoryData<string, string> Variants => new()
    {
        { "Dutch Excel: semicolons, CRLF, BOM", "dutch-excel" },
        { "every field quoted", "quoted" },
        { "trailing empty lines and columns, an extra column", "trailing" },
        { "an Excel workbook", "xlsx" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task What_people_actually_produce_imports_as_the_same_indeling(string variant, string kind)
    {
        var year = 2032 + Variants.Select(v => (string)v[1]).ToList().IndexOf(kind);
        var content = kind switch
        {
            "dutch-excel" => DutchExcel(SeedTable),
            "quoted" => AllQuoted(SeedTable),
            "trailing" => Utf8(string.Join("\n", SeedText.TrimEnd('\n').Split('\n').Select((l, i) => l + (i == 0 ? ",opmerking,," : ",,,"))) + "\n\n,,,,\n\n"),
            _ => Xlsx(SeedTable),
        };

        var result = await Import.ImportFileAsync(year, content, $"indeling.{(kind == "xlsx" ? "xlsx" : "csv")}", default);

        Assert.True(result.Ok, variant + ": " + string.Join("\n", result.Problems));
        Assert.Equal(Seed2024, (await Export.ExportAsync(year, default)).Value);
    }

    [Fact]
    public async Task An_xlsx_is_read_as_cell_values_so_formulas_give_their_result()
    {
        var content = WithFormula(Xlsx([
            ["Gemeentecode", "Gemeentenaam", "Jeugdregiocode", "Jeugdregionaam", "Provinciecode", "Provincienaam", "Aantal"],
            ["GM0546", "Leiden", "JZ18", "Holland Rijnland", "PV28", "Zuid-Holland", 12.5],
            ["GM0599", "Rotterdam", "JZ29", "Rijnmond", "PV28", "Zuid-Holland", new DateTime(2024, 1, 1)],
        ]), cell: "A2", formula: "\"GM\"&amp;\"0546\"");

        var result = await Import.ImportFileAsync(2037, content, "indeling.xlsx", default);

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(["regio JZ18 Holland Rijnland", "regio JZ29 Rijnmond",
            "GM0546|Leiden|JZ18|PV28|Zuid-Holland", "GM0599|Rotterdam|JZ29|PV28|Zuid-Holland"],
            await IndelingSnapshot.TakeAsync(database, 2037));
    }

    [Fact]
    public async Task Export_after_importing_the_shipped_file_gives_the_same_bytes()
    {
        await Import.ImportFileAsync(2038, Seed2024, "gemeenten_2024.csv", default);

        var csv = await Export.ExportAsync(2038, default);

        Assert.Equal(Seed2024, csv.Value);
    }

    [Fact]
    public async Task Export_of_a_year_without_indeling_is_a_problem()
    {
        var csv = await Export.ExportAsync(2039, default);

        Assert.Equal("IND024", Assert.Single(csv.Problems).Code);
    }
}
