namespace Startfoto.Browser.Tests;

/// <summary>Files under tests/fixtures, found from the repository root whatever the test's working folder.</summary>
public static class Fixtures
{
    public static string Questionnaire(string name) => Path.Combine(RepositoryRoot(), "tests", "fixtures", "questionnaires", name);

    /// <summary>The shipped questionnaires folder (questionnaires/ at the repository root).</summary>
    public static string QuestionnairesFolder() => Path.Combine(RepositoryRoot(), "questionnaires");

    static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Startfoto.sln not found");
    }
}
