using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.TestSupport;

namespace Startfoto.Infrastructure.Tests.Questionnaires;

/// <summary>The definitions the app ships register at start-up as the Development app finds them.</summary>
[Collection(nameof(ShippedFolderDb))]
public sealed class ShippedFolderTests(PostgresDatabase database)
{
    [Fact]
    public async Task The_shipped_startfoto_and_robuustheidsscan_register_from_the_repository_folder()
    {
        var webContentRoot = Path.Combine(RepoRoot(), "src", "Startfoto.Web");
        var folder = QuestionnaireFolder.Locate(webContentRoot, configured: null);
        var registry = QuestionnaireRegistry.ForConnectionString(database.ConnectionString);

        var scan = await QuestionnaireFolder.RegisterAsync(folder, registry, TimeProvider.System, default);

        Assert.Equal(Path.Combine(RepoRoot(), "questionnaires"), folder);
        Assert.Empty(scan.Invalid);
        Assert.Equal([("robuustheidsscan", 1), ("startfoto", 1)], scan.Registered.Select(r => (r.Key, r.Version)));
        Assert.Equal(["robuustheidsscan", "startfoto"], (await registry.ListAsync(default)).Select(v => v.Key));
    }

    static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Startfoto.sln not found");
    }
}
