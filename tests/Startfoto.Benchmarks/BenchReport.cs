using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Reports;

namespace Startfoto.Benchmarks;

/// <summary>The evaluation table of ./startfoto bench, and all figures as .data/bench/result.json.</summary>
public static class BenchReport
{
    /// <param name="scoring">The scoring benchmarks and the responses per tier rule, for <see cref="ScoringReport"/>.</param>
    public static int Write(Summary summary, IReadOnlyDictionary<string, EvaluationCheck> checks, JsonObject? peer,
        (Summary Summary, int[] Tiers) scoring, string folder)
    {
        var rows = new JsonArray();
        var failed = false;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("Per volledige evaluatie (mediaan); SurveyJS-model = runConditions() + validate(), SurveyJS-engine = alleen de expressies.");
        Console.WriteLine(string.Create(c, $"{"geval",-15} {"ons µs ± 99.9%-CI",18} {"gealloceerd",11} {"SurveyJS-model µs",18} {"ratio",8} {"SurveyJS-engine µs",19} {"ratio",8}"));
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
            var modelUs = (double?)theirs?["full"]?["medianUs"];
            var engineUs = (double?)theirs?["expressionsOnly"]?["medianUs"];
            Console.WriteLine(string.Create(c,
                $"{name,-15} {$"{oursUs:F2} ± {marginUs:F2}",18} {$"{allocated} B",11} {Format(modelUs),18} {Ratio(modelUs, oursUs),8} {Format(engineUs),19} {Ratio(engineUs, oursUs),8}"));
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
                ["ratioSurveyJsModelToOurs"] = modelUs / oursUs,
                ["ratioSurveyJsEngineToOurs"] = engineUs / oursUs,
            });
        }
        Console.WriteLine();
        foreach (var (name, check) in checks)
        {
            var theirs = peer?["cases"]?.AsArray().FirstOrDefault(x => (string?)x?["case"] == name);
            var ours = string.Create(c, $"{name}: {check.Questions} vragen, {check.Conditions} condities, {check.Constraints} constraints, {check.Calculations} berekeningen");
            var visible = string.Create(c, $"zichtbaar ons {check.VisibleQuestions} / model {theirs?["visibleQuestions"]?.ToString() ?? "-"} / engine {theirs?["expressionsOnly"]?["visibleQuestions"]?.ToString() ?? "-"}");
            var errors = string.Create(c, $"met fout ons {check.QuestionsWithErrors} / model {theirs?["questionsWithErrors"]?.ToString() ?? "-"} / engine {theirs?["expressionsOnly"]?["questionsWithErrors"]?.ToString() ?? "-"}");
            Console.WriteLine($"{ours}; {visible}; {errors}");
        }

        var scoringFigures = ScoringReport.Write(scoring.Summary, scoring.Tiers);
        failed |= scoringFigures is null;

        var result = new JsonObject
        {
            ["machine"] = new JsonObject { ["processors"] = Environment.ProcessorCount, ["os"] = Environment.OSVersion.ToString(), ["dotnet"] = Environment.Version.ToString() },
            ["measuredAt"] = DateTimeOffset.UtcNow.ToString("O", c),
            ["surveyjs"] = peer is null ? null : new JsonObject { ["version"] = peer["version"]?.DeepClone(), ["node"] = peer["node"]?.DeepClone() },
            ["cases"] = rows,
            ["scoring"] = scoringFigures,
        };
        var path = Path.Combine(folder, "result.json");
        File.WriteAllText(path, result.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"\nResultaat: {path}");
        return failed ? 1 : 0;
    }

    private static string Ratio(double? theirs, double ours) =>
        theirs is { } t ? (t / ours).ToString("F0", CultureInfo.InvariantCulture) + "x" : "-";

    private static string Format(double? us) => us is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "-";
}
