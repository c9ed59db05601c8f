using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Indeling;
using Startfoto.TestSupport;
using static Startfoto.Infrastructure.Tests.Indeling.IndelingFiles;

namespace Startfoto.Infrastructure.Tests.Indeling;

[Collection(nameof(IndelingDb))]
public sealed class IndelingReplaceTests(PostgresDatabase database)
{
    IndelingImport Import => IndelingImport.ForConnectionString(database.ConnectionString);

    /// <summary>
    /// The shipped 2025 file, edited as a merger would: Katwijk (GM0537) gone, a new GM1999 in Rijnmond, Leiden moved
    /// to Midden Holland, and JZ35 renamed.
    /// </summary>
    static byte[] Edited2025()
    {
        var lines = IndelingSeed.Csv(2025) is var bytes ? System.Text.Encoding.UTF8.GetString(bytes).TrimEnd('\n').Split('\n').ToList() : [];
        lines.RemoveAll(l => l.StartsWith("GM0537,", StringComparison.Ordinal));
        var leiden = lines.FindIndex(l => l.StartsWith("GM0546,", StringComparison.Ordinal));
        lines[leiden] = "GM0546,Leiden,JZ27,Midden Holland,PV28,Zuid-Holland";
        lines.Add("GM1999,Nieuwe Maasgemeente,JZ29,Rijnmond,PV28,Zuid-Holland");
        for (var i = 0; i < lines.Count; i++)
            lines[i] = lines[i].Replace("Midden-Brabant (Hart van Brabant)", "Hart van Brabant", StringComparison.Ordinal);
        return Utf8(string.Join("\n", lines) + "\n");
    }

    [Fact]
    public async Task A_changed_file_replaces_the_year_and_reports_added_removed_and_moved_gemeenten()
    {
        await Import.ImportFileAsync(2050, IndelingSeed.Csv(2025), "gemeenten_2025.csv", default);

        var result = await Import.ImportFileAsync(2050, Edited2025(), "gemeenten_2025_bewerkt.csv", default);

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(
            [
                "Indeling 2050 bijgewerkt: 1 gemeente toegevoegd, 1 gemeente verwijderd, 1 gemeente naar een andere jeugdregio verplaatst, 0 gemeenten hernoemd; nu 342 gemeenten in 42 jeugdregio's.",
                "  toegevoegd: GM1999 Nieuwe Maasgemeente (JZ29 Rijnmond)",
                "  verwijderd: GM0537 Katwijk (was JZ18 Holland Rijnland)",
                "  verplaatst: GM0546 Leiden van JZ18 Holland Rijnland naar JZ27 Midden Holland",
                "  jeugdregio hernoemd: JZ35 'Midden-Brabant (Hart van Brabant)' heet nu 'Hart van Brabant'",
            ],
            result.Value!.Lines);
        var rows = await IndelingSnapshot.TakeAsync(database, 2050);
        Assert.Contains("GM1999|Nieuwe Maasgemeente|JZ29|PV28|Zuid-Holland", rows);
        Assert.Contains("GM0546|Leiden|JZ27|PV28|Zuid-Holland", rows);
        Assert.Contains("regio JZ35 Hart van Brabant", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("GM0537", StringComparison.Ordinal));
        Assert.Equal(Edited2025(), (await IndelingExport.ForConnectionString(database.ConnectionString).ExportAsync(2050, default)).Value);
    }

    [Fact]
    public async Task Replacing_one_year_leaves_other_years_alone()
    {
        await Import.ImportFileAsync(2051, IndelingSeed.Csv(2025), "gemeenten_2025.csv", default);
        await Import.ImportFileAsync(2052, IndelingSeed.Csv(2025), "gemeenten_2025.csv", default);
        var other = await IndelingSnapshot.TakeAsync(database, 2052);

        await Import.ImportFileAsync(2051, Edited2025(), "gemeenten_2025_bewerkt.csv", default);

        Assert.Equal(other, await IndelingSnapshot.TakeAsync(database, 2052));
    }

    [Fact]
    public async Task A_gemeente_with_responses_in_that_year_is_not_removed_and_nothing_changes()
    {
        await Import.ImportFileAsync(2053, IndelingSeed.Csv(2025), "gemeenten_2025.csv", default);
        await using (var db = database.CreateDb())
        {
            await TestResponses.AddAsync(db, 2053, "GM0537");
            await TestResponses.AddAsync(db, 2053, "GM0537");
        }
        var before = await IndelingSnapshot.TakeAsync(database, 2053);

        var result = await Import.ImportFileAsync(2053, Edited2025(), "gemeenten_2025_bewerkt.csv", default);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IND023", problem.Code);
        Assert.Contains("GM0537 Katwijk", problem.Message);
        Assert.Contains("2 respons(en) in 2053", problem.Message);
        Assert.Equal("gemeenten_2025_bewerkt.csv", problem.At.File);
        Assert.Equal(before, await IndelingSnapshot.TakeAsync(database, 2053));
    }

    [Fact]
    public async Task Responses_in_another_year_do_not_keep_a_gemeente()
    {
        await Import.ImportFileAsync(2054, IndelingSeed.Csv(2025), "gemeenten_2025.csv", default);
        await Import.ImportFileAsync(2055, IndelingSeed.Csv(2025), "gemeenten_2025.csv", default);
        await using (var db = database.CreateDb())
            await TestResponses.AddAsync(db, 2055, "GM0537");

        var result = await Import.ImportFileAsync(2054, Edited2025(), "gemeenten_2025_bewerkt.csv", default);

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.DoesNotContain(await IndelingSnapshot.TakeAsync(database, 2054), r => r.StartsWith("GM0537", StringComparison.Ordinal));
    }
}
