namespace Startfoto.Cli.Tests;

/// <summary>Runs a command as ./startfoto would, without a database, and finds the repository's questionnaires.</summary>
static class CommandLine
{
    public static readonly string Questionnaires = Path.Combine(RepositoryRoot(), "questionnaires");

    public static readonly string Examples = Path.Combine(Questionnaires, "examples");

    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exit = await Commands.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Startfoto.sln not found");
    }
}
