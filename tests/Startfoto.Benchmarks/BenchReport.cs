using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Reports;

namespace Startfoto.Benchmarks;

/// <summary>The summary table of ./startfoto bench, and the same figures as .data/bench/result.json.</summary>
public static class BenchReport
{
    public static int Write(Summary summary, IReadOnlyDictionary<string, EvaluationCheck> checks, JsonObject? peer, string folder)
    {
        var rows = new JsonArray();
        var failed = false;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(c, $"{"geval",-15} {"ons µs (mediaan ± 99.9%-CI)",28} {"gealloceerd",12} {"SurveyJS µs",12} {"ratio",7} {"SurveyJS alleen condities µs",29}"));
        foreach (var (name, check) in checks)
        {
            var report = summary.Reports.FirstOrDefault(r => Equals(r.BenchmarkCase.Parameters["Case"], name));
            var stats = report?.ResultStatistics;
            if (report is null || stats is null)
            {
                Console.WriteLine($"{name,-15} BenchmarkDotNet gaf geen resultaat (zie de log hierboven)");
                failed = true;
                continue;
            }
            var oursUs = stats.Median / 1000;
            var marginUs = stats.GetConfidenceInterval(Perfolizer.Mathematics.Common.ConfidenceLevel.L999).Margin / 1000;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
            var theirs = peer?["cases"]?.AsArray().FirstOrDefault(x => (string?)x?["case"] == name);
            var theirsUs = (double?)theirs?["full"]?["medianUs"];
            var conditionsUs = (double?)theirs?["conditionsOnly"]?["medianUs"];
            double? ratio = theirsUs is { } t ? t / oursUs : null;
            Console.WriteLine(string.Create(c,
                $"{name,-15} {$"{oursUs:F2} ± {marginUs:F2}",28} {$"{allocated} B",12} {Format(theirsUs),12} {(ratio is { } r ? $"{r:F1}x" : "-"),7} {Format(conditionsUs),29}"));
            rows.Add(new JsonObject
            {
                ["case"] = name,
                ["ours"] = new JsonObject
                {
                    ["medianUs"] = oursUs, ["meanUs"] = stats.Mean / 1000, ["ci999MarginUs"] = marginUs,
                    ["allocatedBytesPerEvaluation"] = allocated, ["iterations"] = stats.N,
                    ["check"] = JsonSerializer.SerializeToNode(check),
                },
                ["surveyjs"] = theirs?.DeepClone(),
                ["ratioSurveyJsToOurs"] = ratio,
            });
        }
        Console.WriteLine();
        foreach (var (name, check) in checks)
        {
            var theirs = peer?["cases"]?.AsArray().FirstOrDefault(x => (string?)x?["case"] == name);
            var ours = string.Create(c, $"{name}: {check.Questions} vragen, {check.Conditions} condities, {check.Constraints} constraints, {check.Calculations} berekeningen");
            var visible = string.Create(c, $"zichtbaar ons {check.VisibleQuestions} / SurveyJS {theirs?["visibleQuestions"]?.ToString() ?? "-"}");
            var errors = string.Create(c, $"met fout ons {check.QuestionsWithErrors} / SurveyJS {theirs?["questionsWithErrors"]?.ToString() ?? "-"}");
            Console.WriteLine($"{ours}; {visible}; {errors}");
        }

        var result = new JsonObject
        {
            ["machine"] = new JsonObject { ["processors"] = Environment.ProcessorCount, ["os"] = Environment.OSVersion.ToString(), ["dotnet"] = Environment.Version.ToString() },
            ["measuredAt"] = DateTimeOffset.UtcNow.ToString("O", c),
            ["surveyjs"] = peer is null ? null : new JsonObject { ["version"] = peer["version"]?.DeepClone(), ["node"] = peer["node"]?.DeepClone() },
            ["cases"] = rows,
        };
        var path = Path.Combine(folder, "result.json");
        File.WriteAllText(path, result.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"\nResultaat: {path}");
        return failed ? 1 : 0;
    }

    private static string Format(double? us) => us is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "-";
}
