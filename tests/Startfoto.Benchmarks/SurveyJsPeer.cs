using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Startfoto.Benchmarks;

/// <summary>
/// Runs surveyjs/bench.mjs under Node on the exported cases, after BenchmarkDotNet has finished, so that the two
/// never compete for the two cores. Null, with the reason on stderr, when Node or survey-core is missing.
/// </summary>
public static class SurveyJsPeer
{
    public static JsonObject? Run(IEnumerable<(string Name, string Definition, string Answers)> cases)
    {
        var folder = Path.Combine(EvaluationCase.RepositoryRoot(), "tests", "Startfoto.Benchmarks", "surveyjs");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "survey-core")))
        {
            Console.Error.WriteLine($"SurveyJS overgeslagen: survey-core is niet geïnstalleerd (draai 'npm ci' in {folder}).");
            return null;
        }
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true };
        start.ArgumentList.Add("bench.mjs");
        foreach (var (name, definition, answers) in cases)
        {
            start.ArgumentList.Add(name);
            start.ArgumentList.Add(definition);
            start.ArgumentList.Add(answers);
        }
        try
        {
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            if (node.ExitCode == 0) return JsonNode.Parse(output)!.AsObject();
            Console.Error.WriteLine($"SurveyJS-script mislukt (exitcode {node.ExitCode}).");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine("SurveyJS overgeslagen: Node.js ('node') is niet gevonden.");
        }
        return null;
    }
}
