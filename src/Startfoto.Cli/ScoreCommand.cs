using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Domain.Scoring;

namespace Startfoto.Cli;

/// <summary>
/// ./startfoto score --questionnaire FILE --answers ANSWERS.json: the scoring rules of the definition (JSON or XLSForm)
/// applied to one answers file, as JSON (<see cref="ScoreJson"/>); with --answers-dir every *.answers.json in a folder,
/// sorted by name, one JSON line each. No database. Every input is read and checked before anything is printed, so bad
/// input leaves stdout empty.
/// </summary>
static class ScoreCommand
{
    public const string AnswersPattern = "*.answers.json";

    const string Usage = """
        Gebruik: ./startfoto score --questionnaire BESTAND --answers ANTWOORDEN.json [--today JJJJ-MM-DD]
                 ./startfoto score --questionnaire BESTAND --answers-dir MAP [--today JJJJ-MM-DD]
        BESTAND is een vragenlijst met scoringsregels, als JSON of als XLSForm (.xlsx); MAP bevat de *.answers.json.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var parsed = CliArguments.Parse(args, "--questionnaire", "--answers", "--answers-dir", "--today");
        parsed.Require(parsed.Positional.Count == 0, $"Onverwacht argument '{parsed.Positional.FirstOrDefault()}': geef de bestanden met --questionnaire en --answers.");
        parsed.Require(parsed.Option("--questionnaire") is not null, "Optie --questionnaire ontbreekt.");
        parsed.Require(parsed.Option("--answers") is not null || parsed.Option("--answers-dir") is not null, "Geef --answers of --answers-dir.");
        parsed.Require(parsed.Option("--answers") is null || parsed.Option("--answers-dir") is null, "Geef --answers of --answers-dir, niet allebei.");
        var today = parsed.Today();
        if (parsed.Error is not null || today is null)
        {
            await errors.WriteLineAsync($"{parsed.Error}\n{Usage}");
            return 2;
        }

        var definitionPath = parsed.Option("--questionnaire")!;
        var compiled = await DefinitionFile.CompileAsync(definitionPath);
        if (!compiled.Ok) return await QuestionnaireCommand.Fail(compiled.Problems, errors);
        var questionnaire = compiled.Value!;
        if (questionnaire.Scorer is not { } scorer) return await QuestionnaireCommand.Fail([NoScoring(questionnaire, definitionPath)], errors);

        var folder = parsed.Option("--answers-dir");
        var files = folder is null ? Result<string[]>.Success([parsed.Option("--answers")!]) : AnswerFiles(folder);
        if (!files.Ok) return await QuestionnaireCommand.Fail(files.Problems, errors);
        var problems = new List<Problem>();
        var responses = new List<(string Path, AnswerSet Answers)>();
        foreach (var path in files.Value!)
        {
            var text = await TextFile.ReadAsync(path);
            var answers = text.Ok ? AnswersJsonReader.Read(text.Value!, path, questionnaire) : Result<AnswerSet>.Failure(text.Problems);
            if (answers.Ok) responses.Add((path, answers.Value!));
            else problems.AddRange(answers.Problems);
        }
        if (problems.Count > 0) return await QuestionnaireCommand.Fail(problems, errors);

        foreach (var (path, answers) in responses)
        {
            var result = scorer.Score(questionnaire.Evaluate(answers, today.Value));
            await output.WriteLineAsync(folder is null
                ? ValueJson.ToJson(writer => ScoreJson.Write(writer, result))
                : ValueJson.ToJson(writer => ScoreJson.Write(writer, result, Path.GetFileName(path)), indented: false));
        }
        return 0;
    }

    /// <summary>The folder's answers files, sorted by name (ordinal, so the order is the same on every machine).</summary>
    static Result<string[]> AnswerFiles(string folder)
    {
        var at = new Location(File: folder);
        if (File.Exists(folder))
            return Result<string[]>.Failure(new Problem("CLI004", $"'{folder}' is een bestand, geen map: gebruik --answers voor één antwoordenbestand.", at));
        if (!Directory.Exists(folder))
            return Result<string[]>.Failure(new Problem("CLI004", $"Map '{folder}' bestaat niet: controleer de naam.", at));
        string[] files;
        try
        {
            files = [.. Directory.GetFiles(folder, AnswersPattern).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<string[]>.Failure(TextFile.Unreadable(folder, e));
        }
        return files.Length > 0
            ? Result<string[]>.Success(files)
            : Result<string[]>.Failure(new Problem("CLI004", $"Map '{folder}' bevat geen {AnswersPattern}: geef antwoordenbestanden die zo heten.", at));
    }

    static Problem NoScoring(Questionnaire questionnaire, string path) => new("CLI005",
        $"Vragenlijst '{questionnaire.Definition.Key}' heeft geen scoringsregels, dus er valt niets te scoren: voeg ze toe "
        + "(in JSON onder 'scoring') of kies een vragenlijst met scoringsregels, zoals questionnaires/startfoto.json.", new Location(File: path));
}
