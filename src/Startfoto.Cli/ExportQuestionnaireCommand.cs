using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Infrastructure.Questionnaires.XlsForm;

namespace Startfoto.Cli;

/// <summary>
/// ./startfoto questionnaire export FILE --out FILE.xlsx: a definition (JSON or XLSForm) written as XLSForm, so an
/// author can start from Excel. Regenerates questionnaires/*.xlsx from the JSON definitions.
/// </summary>
static class ExportQuestionnaireCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var parsed = CliArguments.Parse(args, "--out");
        parsed.Require(parsed.Positional.Count == 1, "Geef precies één vragenlijstbestand.");
        parsed.Require(parsed.Option("--out") is not null, "Optie --out ontbreekt.");
        if (parsed.Error is not null) return await QuestionnaireCommand.UsageError(parsed.Error, errors);

        var definition = await DefinitionFile.ReadAsync(parsed.Positional[0]);
        var compiled = definition.Ok ? QuestionnaireCompiler.Compile(definition.Value!, parsed.Positional[0]) : null;
        if (!definition.Ok) return await QuestionnaireCommand.Fail(definition.Problems, errors);
        if (compiled is { Ok: false }) return await QuestionnaireCommand.Fail(compiled.Problems, errors);
        var path = parsed.Option("--out")!;
        try
        {
            await File.WriteAllBytesAsync(path, XlsFormWriter.Write(definition.Value!));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await QuestionnaireCommand.Fail([new Problem("CLI001",
                $"Kan '{path}' niet schrijven ({e.Message}); kies een andere map of bestandsnaam.", new Location(File: path))], errors);
        }
        await output.WriteLineAsync($"{definition.Value!.Title} (versie {definition.Value.Version}) geschreven naar {path}.");
        return 0;
    }
}
