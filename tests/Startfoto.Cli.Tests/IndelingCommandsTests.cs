using System.Text;
using Startfoto.Infrastructure.Indeling;
using Startfoto.TestSupport;

namespace Startfoto.Cli.Tests;

[CollectionDefinition(nameof(CliDb))]
public sealed class CliDb : ICollectionFixture<PostgresDatabase>;

[Collection(nameof(CliDb))]
public sealed class IndelingCommandsTests(PostgresDatabase database) : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("startfoto-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await Commands.RunAsync(args, output, errors, database.ConnectionString);
        return (exit, output.ToString(), errors.ToString());
    }

    string File(string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public async Task Import_prints_the_change_report_and_export_writes_the_same_csv_to_stdout()
    {
        var path = File("gemeenten_2024.csv", IndelingSeed.Csv(2024));

        var imported = await Run("import-indeling", path, "--year", "2060");
        var exported = await Run("export-indeling", "--year", "2060");

        Assert.Equal((0, "Indeling 2060 geïmporteerd: 342 gemeenten in 42 jeugdregio's.\n", ""), imported);
        Assert.Equal((0, Encoding.UTF8.GetString(IndelingSeed.Csv(2024)), ""), exported);
    }

    [Fact]
    public async Task Export_with_out_writes_the_file_byte_for_byte()
    {
        await Run("import-indeling", File("in.csv", IndelingSeed.Csv(2024)), "--year", "2061");
        var target = Path.Combine(folder, "uit.csv");

        var (exit, output, _) = await Run("export-indeling", "--year", "2061", "--out", target);

        Assert.Equal((0, ""), (exit, output));
        Assert.Equal(IndelingSeed.Csv(2024), System.IO.File.ReadAllBytes(target));
    }

    [Fact]
    public async Task A_bad_file_prints_every_problem_as_file_row_column_and_exits_1()
    {
        var path = File("fout.csv", Encoding.UTF8.GetBytes(
            "gemeentecode,gemeentenaam,jeugdregiocode,jeugdregionaam,provinciecode,provincienaam\n" +
            "GM0546,Leiden,JZ18,Holland Rijnland,PV28,Zuid-Holland\n" +
            "GM12,Leiden-Noord,JZ18,Holland Rijnland,PV28,Zuid-Holland\n" +
            "GM0537,Katwijk,JZ4A,Holland Rijnland,PV28,Zuid-Holland\n"));

        var (exit, output, errors) = await Run("import-indeling", path, "--year", "2062");

        Assert.Equal((1, ""), (exit, output));
        var lines = errors.TrimEnd('\n').Split('\n');
        Assert.StartsWith($"{path}: rij 3, kolom gemeentecode: 'GM12' is geen geldige gemeentecode", lines[0]);
        Assert.StartsWith($"{path}: rij 4, kolom jeugdregiocode: 'JZ4A' is geen geldige jeugdregiocode", lines[1]);
        Assert.Equal("Er is niets geïmporteerd.", lines[2]);
        Assert.Equal((1, ""), ((await Run("export-indeling", "--year", "2062")).Exit, (await Run("export-indeling", "--year", "2062")).Out));
    }

    [Fact]
    public async Task A_missing_file_gets_a_clear_message_and_exits_1()
    {
        var path = Path.Combine(folder, "bestaat-niet.csv");

        var (exit, _, errors) = await Run("import-indeling", path, "--year", "2063");

        Assert.Equal(1, exit);
        Assert.StartsWith($"{path}: Bestand '{path}' bestaat niet", errors);
    }

    [Theory]
    [InlineData("import-indeling", "--year", "2064")]
    [InlineData("import-indeling", "a.csv")]
    [InlineData("import-indeling", "a.csv", "--year", "twintig")]
    [InlineData("import-indeling", "a.csv", "b.csv", "--year", "2064")]
    [InlineData("import-indeling", "a.csv", "--year")]
    [InlineData("export-indeling", "--year", "2064", "--format", "xlsx")]
    [InlineData("export-indeling")]
    [InlineData("indeling-importeren")]
    public async Task A_usage_error_exits_2_and_says_how_to_call_it(params string[] args)
    {
        var (exit, output, errors) = await Run(args);

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains(args[0] == "indeling-importeren" ? "Onbekende opdracht" : "Gebruik: ./startfoto", errors);
    }

    [Fact]
    public async Task A_year_out_of_range_is_a_problem_not_a_crash()
    {
        var (exit, _, errors) = await Run("import-indeling", File("in.csv", IndelingSeed.Csv(2024)), "--year", "1999");

        Assert.Equal(1, exit);
        Assert.StartsWith("Jaar 1999 valt buiten 2015–2100", errors);
    }
}
