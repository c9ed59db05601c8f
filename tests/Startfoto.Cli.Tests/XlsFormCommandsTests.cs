namespace Startfoto.Cli.Tests;

/// <summary>questionnaire validate/evaluate/export with XLSForm workbooks, told apart from JSON by content.</summary>
public sealed class XlsFormCommandsTests : IDisposable
{
    static readonly string Root = FindRoot();
    static readonly string Questionnaires = Path.Combine(Root, "questionnaires");
    static readonly string Examples = Path.GetFullPath(Path.Combine(Root, "tests", "fixtures", "xlsform"));

    readonly string folder = Directory.CreateTempSubdirectory("startfoto-cli-xls-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Startfoto.sln not found");
    }

    static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exit = await Commands.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Validate_accepts_the_shipped_xlsx_like_its_json()
    {
        var path = Path.Combine(Questionnaires, "startfoto.xlsx");

        var (exit, output, errors) = await Run("questionnaire", "validate", path);

        Assert.Equal((0, ""), (exit, errors));
        Assert.Equal($"{path}: in orde — Startfoto Hervormingsagenda Jeugd (versie 1), 60 vragen, 64 antwoordvelden.\n", output);
    }

    [Fact]
    public async Task Validate_prints_a_bad_calculation_with_sheet_row_and_column_and_exits_1()
    {
        var path = Path.Combine(Examples, "bad_calc.xlsx");

        var (exit, output, errors) = await Run("questionnaire", "validate", path);

        Assert.Equal((1, ""), (exit, output));
        Assert.StartsWith($"{path}: survey, rij 2, kolom calculation, positie ", Assert.Single(errors.TrimEnd('\n').Split('\n')));
    }

    [Fact]
    public async Task A_workbook_is_recognised_by_its_content_whatever_its_name()
    {
        var disguised = Path.Combine(folder, "vragenlijst.json");
        File.Copy(Path.Combine(Examples, "group.xlsx"), disguised);

        var (exit, _, errors) = await Run("questionnaire", "validate", disguised);

        Assert.Equal(1, exit);
        Assert.Equal($"{disguised}: survey, rij 4, kolom type: Type 'phone number' wordt niet ondersteund: gebruik text, met een constraint als regex(., '^[0-9 +-]+$').\n", errors);
    }

    [Fact]
    public async Task Evaluate_gives_the_same_result_for_the_xlsx_as_for_the_json()
    {
        var answers = Path.Combine(Questionnaires, "examples", "startfoto-voorbeeld.answers.json");

        var json = await Run("questionnaire", "evaluate", Path.Combine(Questionnaires, "startfoto.json"), "--answers", answers, "--today", "2025-06-01");
        var xlsx = await Run("questionnaire", "evaluate", Path.Combine(Questionnaires, "startfoto.xlsx"), "--answers", answers, "--today", "2025-06-01");

        Assert.Equal((0, ""), (json.Exit, json.Err));
        Assert.Equal(json, xlsx);
    }

    [Fact]
    public async Task Export_writes_a_workbook_that_validates_with_the_same_counts()
    {
        var output = Path.Combine(folder, "scan.xlsx");

        var export = await Run("questionnaire", "export", Path.Combine(Questionnaires, "robuustheidsscan.json"), "--out", output);
        var validate = await Run("questionnaire", "validate", output);

        Assert.Equal((0, ""), (export.Exit, export.Err));
        Assert.Equal($"{output}: in orde — Robuustheidsscan jeugdregio (versie 1), 29 vragen, 68 antwoordvelden.\n", validate.Out);
    }

    [Fact]
    public async Task Export_without_out_is_a_usage_error()
    {
        var (exit, _, errors) = await Run("questionnaire", "export", Path.Combine(Questionnaires, "startfoto.json"));

        Assert.Equal(2, exit);
        Assert.Contains("--out ontbreekt", errors, StringComparison.Ordinal);
    }
}
