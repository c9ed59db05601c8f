namespace Startfoto.Cli;

/// <summary>The file-in/file-out commands behind ./startfoto. Exit codes: 0 ok, 1 invalid input or failure, 2 usage.</summary>
public static class Commands
{
    /// <param name="connectionString">The database; null reads ConnectionStrings__Startfoto (tests pass their own).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, string? connectionString = null)
    {
        if (args.Length == 0)
        {
            await errors.WriteLineAsync("Gebruik: startfoto-cli <opdracht> …  (zie ./startfoto help)");
            return 2;
        }
        var rest = args[1..];
        return args[0] switch
        {
            "migrate" => await MigrateCommand.RunAsync(rest, output, errors),
            "import-indeling" => await WithDatabase((cs) => ImportIndelingCommand.RunAsync(rest, output, errors, cs)),
            "export-indeling" => await WithDatabase((cs) => ExportIndelingCommand.RunAsync(rest, output, errors, cs)),
            "questionnaire" => await QuestionnaireCommand.RunAsync(rest, output, errors),
            "expr" => await ExprCommand.RunAsync(rest, output, errors),
            "score" => await ScoreCommand.RunAsync(rest, output, errors),
            _ => await Unknown(args[0], errors),
        };

        Task<int> WithDatabase(Func<string, Task<int>> command)
        {
            var cs = connectionString ?? ConnectionString.FromEnvironment();
            return CurrentSchema.RequireAsync(cs, errors, () => command(cs));
        }
    }

    static async Task<int> Unknown(string command, TextWriter errors)
    {
        await errors.WriteLineAsync($"Onbekende opdracht '{command}' (zie ./startfoto help).");
        return 2;
    }
}
