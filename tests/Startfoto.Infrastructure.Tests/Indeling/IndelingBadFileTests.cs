using Startfoto.Infrastructure.Indeling;
using Startfoto.TestSupport;

namespace Startfoto.Infrastructure.Tests.Indeling;

[Collection(nameof(IndelingDb))]
public sealed class IndelingBadFileTests(PostgresDatabase database)
{
    IndelingImport Import => IndelingImport.ForConnectionString(database.ConnectionString);

    [Theory]
    [MemberData(nameof(BadIndelingFiles.Names), MemberType = typeof(BadIndelingFiles))]
    public async Task A_bad_file_is_refused_with_a_located_problem_and_the_database_is_unchanged(string badFile)
    {
        var year = 2040 + BadIndelingFiles.All.Keys.ToList().IndexOf(badFile);
        Assert.True((await Import.ImportFileAsync(year, IndelingFiles.Seed2024, "seed.csv", default)).Ok);
        var before = await IndelingSnapshot.TakeAsync(database, year);
        var file = BadIndelingFiles.All[badFile];

        var result = await Import.ImportFileAsync(year, file.Content(), file.FileName, default);

        Assert.False(result.Ok);
        var first = result.Problems.First();
        Assert.Equal((file.Code, file.Row, file.Column), (first.Code, first.At.Row, first.At.Column));
        Assert.All(result.Problems, p => Assert.Equal(file.FileName, p.At.File));
        Assert.Equal(before, await IndelingSnapshot.TakeAsync(database, year));
        Assert.Equal(342, before.Count(r => r.StartsWith("GM", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_problem_of_a_file_is_listed_with_its_row_and_column()
    {
        var file = BadIndelingFiles.All["malformed code"];

        var result = await Import.ImportFileAsync(2070, file.Content(), file.FileName, default);

        Assert.Equal([("IND015", 3, "gemeentecode"), ("IND016", 4, "jeugdregiocode")],
            result.Problems.Select(p => (p.Code, p.At.Row!.Value, p.At.Column!)));
        Assert.Empty(await IndelingSnapshot.TakeAsync(database, 2070));
    }

    [Fact]
    public async Task A_file_that_is_not_UTF_8_is_reported_on_every_row_with_garbled_names_and_says_how_to_save_it()
    {
        var file = BadIndelingFiles.All["Windows-1252 text"];

        var result = await Import.ImportFileAsync(2071, file.Content(), file.FileName, default);

        var lines = IndelingFiles.SeedText.Split('\n');
        var sudwest = Array.FindIndex(lines, l => l.StartsWith("GM1900,", StringComparison.Ordinal)) + 1;
        var problem = Assert.Single(result.Problems, p => p.At.Row == sudwest && p.At.Column == "gemeentenaam");
        Assert.Contains("S\uFFFDdwest-Frysl\uFFFDn", problem.Message);
        Assert.Contains("CSV UTF-8", problem.Message);
        Assert.Equal(lines.Count(l => l.Any(c => c > 127)), result.Problems.Select(p => p.At.Row).Distinct().Count());
        Assert.Empty(await IndelingSnapshot.TakeAsync(database, 2071));
    }

    [Theory]
    [InlineData(2014)]
    [InlineData(2101)]
    public async Task A_year_outside_2015_to_2100_is_refused(int year)
    {
        var result = await Import.ImportFileAsync(year, IndelingFiles.Seed2024, "seed.csv", default);

        Assert.Equal("IND022", Assert.Single(result.Problems).Code);
        Assert.Empty(await IndelingSnapshot.TakeAsync(database, year));
    }
}
