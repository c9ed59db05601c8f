namespace Startfoto.Cli;

/// <summary>The file-in/file-out commands behind ./startfoto. Exit codes: 0 ok, 1 invalid input or failure, 2 usage.</summary>
public static class Commands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
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
            _ => await Unknown(args[0], errors),
        };
    }

    static async Task<int> Unknown(string command, TextWriter errors)
    {
        await errors.WriteLineAsync($"Onbekende opdracht '{command}' (zie ./startfoto help).");
        return 2;
    }
}
