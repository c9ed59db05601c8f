using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>A problem as one log line: `file: key, positie N: message`, like the CLI prints it.</summary>
public static class ProblemLine
{
    public static string Format(Problem problem)
    {
        var rest = (problem.At with { File = null }).ToString();
        var file = problem.At.File is null ? "" : problem.At.File + ": ";
        return file + (rest.Length == 0 ? "" : rest + ": ") + problem.Message;
    }
}
