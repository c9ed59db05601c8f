namespace Startfoto.Web.Tests.Support;

/// <summary>
/// Registers a questionnaires folder of its own at start-up: one valid definition (<see cref="ValidKey"/>) and one
/// invalid file (<see cref="InvalidFile"/>), as a Beheerder would find them after a deployment.
/// </summary>
public sealed class WebAppWithQuestionnaireFolder : WebApp
{
    public const string ValidKey = "webtest_geldig";
    public const string InvalidFile = "kapot.json";

    readonly DirectoryInfo folder = CreateFolder();

    protected override string? QuestionnaireFolder => folder.FullName;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        folder.Delete(recursive: true);
    }

    static DirectoryInfo CreateFolder()
    {
        var folder = Directory.CreateTempSubdirectory("startfoto-webtest-");
        File.WriteAllText(Path.Combine(folder.FullName, "geldig.json"), Definitions.Json(ValidKey));
        File.WriteAllText(Path.Combine(folder.FullName, InvalidFile), Definitions.Broken("webtest_kapot"));
        return folder;
    }
}
