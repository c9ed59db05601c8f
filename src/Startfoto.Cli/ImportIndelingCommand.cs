using Startfoto.Domain.Indeling;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Indeling;

namespace Startfoto.Cli;

/// <summary>./startfoto import-indeling FILE --year JAAR: the change report on stdout, or every problem on stderr.</summary>
static class ImportIndelingCommand
{
    const string Usage = "Gebruik: ./startfoto import-indeling BESTAND --year JAAR   (BESTAND: CSV of XLSX)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, string connectionString)
    {
        var parsed = CliArguments.Parse(args, "--year");
        var year = parsed.Year();
        parsed.Require(parsed.Positional.Count == 1, "Geef precies één bestand.");
        if (parsed.Error is not null || year is null)
        {
            await errors.WriteLineAsync($"{parsed.Error}\n{Usage}");
            return 2;
        }

        var path = parsed.Positional[0];
        byte[] content;
        try
        {
            // Refuse an oversized file before reading it into memory.
            var length = new FileInfo(path).Length;
            if (length > IndelingFileReader.MaxBytes)
                return await Fail(errors, [IndelingProblems.FileTooLarge(length, IndelingFileReader.MaxBytes, new Location(File: path))]);
            content = await File.ReadAllBytesAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await Fail(errors, [IndelingProblems.FileNotFound(path)]);
        }

        var result = await IndelingImport.ForConnectionString(connectionString)
            .ImportFileAsync(year.Value, content, path, CancellationToken.None);
        if (!result.Ok) return await Fail(errors, result.Problems);
        foreach (var line in result.Value!.Lines) await output.WriteLineAsync(line);
        return 0;
    }

    static async Task<int> Fail(TextWriter errors, IEnumerable<Problem> problems)
    {
        foreach (var problem in problems) await errors.WriteLineAsync(problem.ToLine());
        await errors.WriteLineAsync("Er is niets geïmporteerd.");
        return 1;
    }
}
