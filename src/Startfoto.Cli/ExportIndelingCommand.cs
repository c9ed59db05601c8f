using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Indeling;

namespace Startfoto.Cli;

/// <summary>./startfoto export-indeling --year JAAR [--out FILE]: the indeling as CSV, on stdout without --out.</summary>
static class ExportIndelingCommand
{
    const string Usage = "Gebruik: ./startfoto export-indeling --year JAAR [--out BESTAND]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, string connectionString)
    {
        var parsed = CliArguments.Parse(args, "--year", "--out");
        var year = parsed.Year();
        parsed.Require(parsed.Positional.Count == 0, $"Onverwacht argument '{parsed.Positional.FirstOrDefault()}'.");
        if (parsed.Error is not null || year is null)
        {
            await errors.WriteLineAsync($"{parsed.Error}\n{Usage}");
            return 2;
        }

        var csv = await IndelingExport.ForConnectionString(connectionString).ExportAsync(year.Value, CancellationToken.None);
        if (!csv.Ok)
        {
            foreach (var problem in csv.Problems) await errors.WriteLineAsync(problem.ToLine());
            return 1;
        }
        if (parsed.Option("--out") is not { } path)
        {
            // The bytes are UTF-8 with LF; writing them as text keeps them so on any console encoding set to UTF-8.
            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(csv.Value!));
            await output.FlushAsync();
            return 0;
        }
        try
        {
            await File.WriteAllBytesAsync(path, csv.Value!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync(new Problem("CLI001",
                $"Kan '{path}' niet schrijven ({e.Message}); kies een andere map of bestandsnaam.", new Location(File: path)).ToLine());
            return 1;
        }
        await errors.WriteLineAsync($"Indeling {year} geschreven naar {path}.");
        return 0;
    }
}
