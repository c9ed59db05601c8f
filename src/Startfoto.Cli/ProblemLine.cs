using Startfoto.Domain.Problems;

namespace Startfoto.Cli;

/// <summary>A problem as the CLI prints it: `FILE: rij 4, kolom gemeentecode: message`, like a compiler error.</summary>
static class ProblemLine
{
    public static string Format(Problem problem)
    {
        var rest = (problem.At with { File = null }).ToString();
        var where = (problem.At.File, rest) switch
        {
            (null, "") => "",
            (null, _) => rest + ": ",
            (var file, "") => file + ": ",
            (var file, _) => $"{file}: {rest}: ",
        };
        return where + problem.Message;
    }
}
