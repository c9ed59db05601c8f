using Startfoto.Infrastructure.Questionnaires.Registration;
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
        Assert.All(invalid.Problems, p => Assert.StartsWith("kapot.json: a", ProblemLine.Format(p), StringComparison.Ordinal));
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
    public async Task An_xlsform_export_next_to_its_json_is_skipped_and_a_lone_one_reported()
    {
        Write("lijst.json", Json(NewKey()));
        Write("lijst.xlsx", "PK\u0003\u0004");
        Write("alleen.xlsx", "PK\u0003\u0004");
        Write("README.md", "# uitleg");

        var scan = await ScanAsync();

        Assert.Single(scan.Registered);
        Assert.Equal(("alleen.xlsx", "REG004"), (Assert.Single(scan.Invalid).File, scan.Invalid[0].Problems.Single().Code));
    }

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
