using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;

namespace Startfoto.Benchmarks;

/// <summary>
/// A definition and a full answer set, as the JSON texts both engines read (<see cref="Export"/> writes them for
/// the SurveyJS script), and as compiled for ours.
/// </summary>
public sealed record EvaluationCase(string Name, string DefinitionJson, string AnswersJson)
{
    public const string Generated = "generated-200";
    public const string Shipped = "startfoto.json";

    public static readonly DateOnly Today = new(2025, 6, 1);

    public static IEnumerable<string> Names => [Generated, Shipped];

    public static EvaluationCase Load(string name) => name switch
    {
        Generated => new(name, GeneratedQuestionnaire.Definition().ToJsonString(), GeneratedQuestionnaire.Answers().ToJsonString()),
        Shipped => new(name, File.ReadAllText(Path.Combine(RepositoryRoot(), "questionnaires", "startfoto.json")),
            File.ReadAllText(Path.Combine(RepositoryRoot(), "questionnaires", "examples", "startfoto-voorbeeld.answers.json"))),
        _ => throw new ArgumentException($"Unknown benchmark case '{name}'.", nameof(name)),
    };

    public (Questionnaire Questionnaire, AnswerSet Answers) Compile()
    {
        var definition = Checked(QuestionnaireJsonReader.Read(DefinitionJson, Name));
        var questionnaire = Checked(QuestionnaireCompiler.Compile(definition, Name));
        return (questionnaire, Checked(AnswersJsonReader.Read(AnswersJson, $"{Name} answers", questionnaire)));
    }

    /// <summary>Writes {name}.definition.json and {name}.answers.json into <paramref name="folder"/>.</summary>
    public (string Definition, string Answers) Export(string folder)
    {
        Directory.CreateDirectory(folder);
        var paths = (Path.Combine(folder, $"{Name}.definition.json"), Path.Combine(folder, $"{Name}.answers.json"));
        File.WriteAllText(paths.Item1, DefinitionJson);
        File.WriteAllText(paths.Item2, AnswersJson);
        return paths;
    }

    /// <summary>The folder holding Startfoto.sln; BenchmarkDotNet runs its measurements from a folder below it.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Startfoto.sln not found above " + AppContext.BaseDirectory);
    }

    private T Checked<T>(Result<T> result) => result.Ok
        ? result.Value!
        : throw new InvalidOperationException($"{Name}: {string.Join("\n", result.Problems)}");
}
