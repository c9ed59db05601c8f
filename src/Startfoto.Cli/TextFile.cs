using Startfoto.Domain.Problems;

namespace Startfoto.Cli;

/// <summary>Reads a small input file as UTF-8 text; a missing or unreadable file is a problem, not a crash.</summary>
static class TextFile
{
    public static async Task<Result<string>> ReadAsync(string path)
    {
        try
        {
            return Result<string>.Success(await File.ReadAllTextAsync(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<string>.Failure(Unreadable(path, e));
        }
    }

    public static Problem Unreadable(string path, Exception e) => new("CLI003",
        File.Exists(path) || Directory.Exists(path)
            ? $"Kan '{path}' niet lezen ({e.Message}): controleer de rechten of kies een bestand."
            : $"Bestand '{path}' bestaat niet: controleer de naam en de map.",
        new Location(File: path));
}
