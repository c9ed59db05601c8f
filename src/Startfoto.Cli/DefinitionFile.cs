using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;

namespace Startfoto.Cli;

/// <summary>A questionnaire definition file read and compiled, or every problem with it.</summary>
static class DefinitionFile
{
    public static async Task<Result<Questionnaire>> CompileAsync(string path)
    {
        if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            return Result<Questionnaire>.Failure(new Problem("CLI002",
                "XLSForm wordt nog niet ondersteund: lever de vragenlijst aan als JSON (zie questionnaires/schema).", new Location(File: path)));
        var text = await TextFile.ReadAsync(path);
        if (!text.Ok) return Result<Questionnaire>.Failure(text.Problems);
        var definition = QuestionnaireJsonReader.Read(text.Value!, path);
        return definition.Ok ? QuestionnaireCompiler.Compile(definition.Value!, path) : Result<Questionnaire>.Failure(definition.Problems);
    }
}
