using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Infrastructure.Questionnaires.XlsForm;
using Startfoto.TestSupport;
using static Startfoto.Infrastructure.Tests.Questionnaires.TestDefinitions;

namespace Startfoto.Infrastructure.Tests.Questionnaires;

[Collection(nameof(RegistrationDb))]
public sealed class QuestionnaireFolderTests(PostgresDatabase database) : IDisposable
{
    readonly QuestionnaireRegistry registry = QuestionnaireRegistry.ForConnectionString(database.ConnectionString);
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("startfoto-vragenlijsten-");

    public void Dispose() => folder.Delete(recursive: true);

    void Write(string name, string text) => File.WriteAllText(Path.Combine(folder.FullName, name), text);

    Task<QuestionnaireFolderScan> ScanAsync() => QuestionnaireFolder.RegisterAsync(folder.FullName, registry, TimeProvider.System, default);

    [Fact]
    public async Task The_valid_file_is_registered_and_the_invalid_one_reported_with_every_problem()
    {
        var (good, bad) = (NewKey(), NewKey());
        Write("goed.json", Json(good));
        Write("kapot.json", Broken(bad));

        var scan = await ScanAsync();

        Assert.Equal([(good, RegistrationOutcome.Registered)], scan.Registered.Select(r => (r.Key, r.Outcome)));
        var invalid = Assert.Single(scan.Invalid);
        Assert.Equal("kapot.json", invalid.File);
        Assert.True(invalid.Problems.Length >= 2);
        Assert.All(invalid.Problems, p => Assert.StartsWith("kapot.json: a", p.ToLine(), StringComparison.Ordinal));
        Assert.NotNull(await StoredAsync(database, good));
        Assert.Null(await StoredAsync(database, bad));
    }

    [Fact]
    public async Task A_second_scan_of_the_same_folder_changes_nothing()
    {
        Write("goed.json", Json(NewKey()));
        await ScanAsync();

        var again = await ScanAsync();

        Assert.Equal([RegistrationOutcome.Unchanged], again.Registered.Select(r => r.Outcome));
    }

    [Fact]
    public async Task An_xlsform_export_next_to_its_json_is_skipped_and_a_lone_one_registered()
    {
        var (twin, lone) = (NewKey(), NewKey());
        Write("lijst.json", Json(twin));
        File.WriteAllBytes(Path.Combine(folder.FullName, "lijst.xlsx"), Export(Json(twin, title: "Verouderde export")));
        File.WriteAllBytes(Path.Combine(folder.FullName, "alleen.xlsx"), Export(Json(lone, title: "Alleen in Excel")));
        Write("README.md", "# uitleg");

        var scan = await ScanAsync();

        Assert.Empty(scan.Invalid);
        Assert.Equal([("alleen.xlsx", lone), ("lijst.json", twin)], scan.Registered.Select(r => (r.FileName, r.Key)));
        Assert.Equal(("Testlijst", "Alleen in Excel"), ((await StoredAsync(database, twin))!.Title, (await StoredAsync(database, lone))!.Title));
    }

    [Fact]
    public async Task A_lone_xlsform_with_problems_is_reported_at_sheet_row_and_column()
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, "kapot.xlsx"), Export(Broken(NewKey())));

        var scan = await ScanAsync();

        var invalid = Assert.Single(scan.Invalid);
        Assert.Equal("kapot.xlsx", invalid.File);
        Assert.Contains(invalid.Problems, p => p.ToLine().StartsWith("kapot.xlsx: survey, rij ", StringComparison.Ordinal) && p.At.Column is not null);
    }

    /// <summary>The definition as the XLSForm writer exports it; the writer does not check, so a broken one stays broken.</summary>
    static byte[] Export(string json) => XlsFormWriter.Write(QuestionnaireJsonReader.Read(json, "bron.json").Value!);

    [Fact]
    public async Task Two_files_with_the_same_version_and_other_content_do_not_overwrite_each_other()
    {
        var key = NewKey();
        Write("a.json", Json(key, title: "Eerste"));
        Write("b.json", Json(key, title: "Tweede"));

        var scan = await ScanAsync();

        Assert.Equal(("b.json", "REG003"), (Assert.Single(scan.Invalid).File, scan.Invalid[0].Problems.Single().Code));
        Assert.Equal("Eerste", (await StoredAsync(database, key))!.Title);
    }

    [Fact]
    public async Task A_missing_folder_is_reported_not_thrown()
    {
        var missing = Path.Combine(folder.FullName, "bestaat-niet");

        var scan = await QuestionnaireFolder.RegisterAsync(missing, registry, TimeProvider.System, default);

        Assert.Equal("REG010", Assert.Single(scan.Problems).Code);
        Assert.Empty(scan.Registered);
    }

    [Fact]
    public void The_folder_is_found_from_the_content_root_upward_unless_configured()
    {
        var contentRoot = Directory.CreateDirectory(Path.Combine(folder.FullName, "src", "Startfoto.Web")).FullName;
        Directory.CreateDirectory(Path.Combine(folder.FullName, "questionnaires"));

        Assert.Equal(Path.Combine(folder.FullName, "questionnaires"), QuestionnaireFolder.Locate(contentRoot, null));
        Assert.Equal(Path.Combine(contentRoot, "eigen"), QuestionnaireFolder.Locate(contentRoot, "eigen"));
    }
}
