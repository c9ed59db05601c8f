namespace Startfoto.Cli;

/// <summary>
/// ./startfoto questionnaire validate FILE (JSON or XLSForm): every problem as `file: key, positie N: message` (for a
/// workbook `file: survey, rij 7, kolom calculation: message`), or an OK line.
/// </summary>
static class ValidateQuestionnaireCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var parsed = CliArguments.Parse(args);
        parsed.Require(parsed.Positional.Count == 1, "Geef precies één vragenlijstbestand.");
        if (parsed.Error is not null) return await QuestionnaireCommand.UsageError(parsed.Error, errors);

        var path = parsed.Positional[0];
        var compiled = await DefinitionFile.CompileAsync(path);
        if (!compiled.Ok) return await QuestionnaireCommand.Fail(compiled.Problems, errors);
        var questionnaire = compiled.Value!;
        var questions = questionnaire.Definition.Questions.Count();
        await output.WriteLineAsync(
            $"{path}: in orde — {questionnaire.Definition.Title} (versie {questionnaire.Definition.Version}), " +
            $"{questions} vragen, {questionnaire.Slots.Length} antwoordvelden.");
        return 0;
    }
}
