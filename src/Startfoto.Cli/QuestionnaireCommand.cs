using Startfoto.Domain.Problems;

namespace Startfoto.Cli;

/// <summary>./startfoto questionnaire validate|evaluate|export …: definitions (JSON or XLSForm) and answers files, no database.</summary>
static class QuestionnaireCommand
{
    public const string Usage = """
        Gebruik: ./startfoto questionnaire validate BESTAND
                 ./startfoto questionnaire evaluate BESTAND --answers ANTWOORDEN.json [--today JJJJ-MM-DD]
                 ./startfoto questionnaire export BESTAND --out BESTAND.xlsx
        BESTAND is een vragenlijst als JSON of als XLSForm (.xlsx).
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors) => args switch
    {
        ["validate", .. var rest] => await ValidateQuestionnaireCommand.RunAsync(rest, output, errors),
        ["evaluate", .. var rest] => await EvaluateQuestionnaireCommand.RunAsync(rest, output, errors),
        ["export", .. var rest] => await ExportQuestionnaireCommand.RunAsync(rest, output, errors),
        _ => await UsageError(args.Length == 0 ? "Geef een opdracht: validate, evaluate of export." : $"Onbekende opdracht 'questionnaire {args[0]}'.", errors),
    };

    public static async Task<int> UsageError(string error, TextWriter errors)
    {
        await errors.WriteLineAsync($"{error}\n{Usage}");
        return 2;
    }

    public static async Task<int> Fail(IEnumerable<Problem> problems, TextWriter errors)
    {
        foreach (var problem in problems) await errors.WriteLineAsync(problem.ToLine());
        return 1;
    }
}
