using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Reports;
using Perfolizer.Mathematics.Common;

namespace Startfoto.Benchmarks;

/// <summary>The scoring part of ./startfoto bench: the table on stdout, and the same figures for result.json.</summary>
public static class ScoringReport
{
    static readonly string[] Rules = ["intensief", "regulier (adviseur beoordeelt)", "regulier", "licht", "geen"];

    /// <param name="tiers">Responses per tier rule, from <see cref="ScoringCase.Check"/>.</param>
    /// <returns>The figures, or null when BenchmarkDotNet gave no result for a benchmark.</returns>
    public static JsonObject? Write(Summary summary, int[] tiers)
    {
        var c = CultureInfo.InvariantCulture;
        var count = ScoringCase.Count.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"));
        var rows = new JsonObject();
        Console.WriteLine();
        Console.WriteLine(string.Create(c, $"Scoren van {count} Startfoto-antwoorden, per keer alle antwoorden (mediaan ± helft 99.9%-CI):"));
        foreach (var (method, what) in new[]
                 {
                     (nameof(ScoringBenchmarks.Scorer), "Scorer, opgeslagen evaluaties"),
                     (nameof(ScoringBenchmarks.HandWritten), "handgeschreven lus, vlakke arrays"),
                     (nameof(ScoringBenchmarks.ScorerInCache), "Scorer, 1.000 evaluaties in de cache x100"),
                     (nameof(ScoringBenchmarks.EvaluateAndScore), "evalueren + scoren"),
                 })
        {
            var report = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
            if (report?.ResultStatistics is not { } stats)
            {
                Console.WriteLine($"{what,-45} BenchmarkDotNet gaf geen resultaat (zie de log hierboven)");
                return null;
            }
            var (ms, margin) = (stats.Median / 1e6, stats.GetConfidenceInterval(ConfidenceLevel.L999).Margin / 1e6);
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
            Console.WriteLine(string.Create(c, $"{what,-45} {ms,8:F1} ms ± {margin,-6:F1} {allocated,6} B gealloceerd"));
            rows[method] = new JsonObject { ["medianMs"] = ms, ["ci999MarginMs"] = margin, ["allocatedBytes"] = allocated, ["iterations"] = stats.N };
        }
        var ratio = (double)rows[nameof(ScoringBenchmarks.Scorer)]!["medianMs"]! / (double)rows[nameof(ScoringBenchmarks.HandWritten)]!["medianMs"]!;
        Console.WriteLine(string.Create(c, $"Scorer / handgeschreven lus: {ratio:F1}x. Beide geven alle {count} antwoorden dezelfde behoeften en regel;"));
        Console.WriteLine("  verdeling: " + string.Join(" · ", tiers.Select((n, i) => string.Create(c, $"{Rules[i]} {100.0 * n / ScoringCase.Count:F1}%"))));
        rows["responses"] = ScoringCase.Count;
        rows["ratioScorerToHandWritten"] = ratio;
        rows["tierRules"] = new JsonObject(tiers.Select((n, i) => KeyValuePair.Create(Rules[i], (JsonNode?)n)));
        return rows;
    }
}
