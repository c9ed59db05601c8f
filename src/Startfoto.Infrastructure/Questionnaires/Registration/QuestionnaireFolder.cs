using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>
/// The shipped definitions (questionnaires/*.json, and an XLSForm *.xlsx without a JSON twin): found from the content root upward — the repository root in
/// development, /app in the container image — and registered at start-up. Every valid file is registered; an
/// invalid one is reported with all its problems and not activated, and never stops the others or the app.
/// </summary>
public static class QuestionnaireFolder
{
    public const string Name = "questionnaires";

    /// <summary>The configured folder (relative to the content root), else the nearest "questionnaires" above it.</summary>
    public static string Locate(string contentRoot, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured, contentRoot);
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, Name);
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(contentRoot, Name);
    }

    public static async Task<QuestionnaireFolderScan> RegisterAsync(string folder, QuestionnaireRegistry registry, TimeProvider time, CancellationToken ct)
    {
        var registered = new List<Registration>();
        var invalid = new List<FileProblems>();
        if (!Directory.Exists(folder))
        {
            invalid.Add(new FileProblems(folder, [RegistrationProblems.FolderMissing(folder)]));
            return new QuestionnaireFolderScan(folder, time.GetUtcNow(), registered, invalid);
        }

        var files = Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var jsonNames = files.Where(f => Path.GetExtension(f).Equals(".json", StringComparison.OrdinalIgnoreCase))
            .Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<(string Key, int Version), CheckedDefinition>();
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file);
            if (DefinitionCheck.IsXlsForm(file) && jsonNames.Contains(Path.GetFileNameWithoutExtension(file)))
                continue; // the export of the JSON next to it: the JSON is the definition, a stale export must not clash (REG003)
            if (!extension.Equals(".json", StringComparison.OrdinalIgnoreCase) && !DefinitionCheck.IsXlsForm(file))
                continue; // README.md and the like

            var result = await RegisterFileAsync(Path.Combine(folder, file), file, registry, seen, ct);
            if (result.Ok) registered.Add(result.Value!);
            else invalid.Add(new FileProblems(file, result.Problems));
        }
        return new QuestionnaireFolderScan(folder, time.GetUtcNow(), registered, invalid);
    }

    static async Task<Result<Registration>> RegisterFileAsync(string path, string file, QuestionnaireRegistry registry,
        Dictionary<(string, int), CheckedDefinition> seen, CancellationToken ct)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<Registration>.Failure(RegistrationProblems.Unreadable(e.Message, new Location(File: file)));
        }
        var check = DefinitionCheck.Check(content, file);
        if (!check.Ok) return Result<Registration>.Failure(check.Problems);
        var definition = check.Value!;
        if (seen.TryGetValue((definition.Key, definition.Version), out var first) && first.Hash != definition.Hash)
            return Result<Registration>.Failure(RegistrationProblems.SameVersionInTwoFiles(
                definition.Key, definition.Version, first.FileName, new Location(File: file, Key: "version")));
        seen.TryAdd((definition.Key, definition.Version), definition);
        return await registry.RegisterAsync(definition, DefinitionSource.File, by: null, ct);
    }
}
