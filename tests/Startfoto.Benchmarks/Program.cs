using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Startfoto.Benchmarks;

// ./startfoto bench: BenchmarkDotNet on our engine (evaluation, then scoring), then the SurveyJS peer on the same
// exported cases, then the tables.
// Usage: Startfoto.Benchmarks [--out FOLDER] [--no-surveyjs] [--export-only]
var outFolder = Path.GetFullPath(Option("--out") ?? Path.Combine(EvaluationCase.RepositoryRoot(), ".data", "bench"));
var cases = EvaluationCase.Names.Select(EvaluationCase.Load).ToList();
var exported = cases.Select(c => c.Export(Path.Combine(outFolder, "form")) is var (d, a) ? (c.Name, d, a) : default).ToList();
var checks = cases.ToDictionary(c => c.Name, EvaluationCheck.Of);
if (args.Contains("--export-only")) return 0;
// Every response's tier, checked against the hand-written loop once here too (each benchmark's setup checks again),
// then let go: the benchmark processes need the memory.
var tiers = ScoringCase.Create().Check();
GC.Collect();

// 20 measured iterations of 250 ms each after 6 warm-up iterations: a tight enough confidence interval for a
// microsecond operation, in well under a minute per case.
var job = Job.Default.WithWarmupCount(6).WithIterationCount(20).WithIterationTime(TimeInterval.FromMilliseconds(250));
var config = DefaultConfig.Instance.AddJob(job.AsDefault()).AddExporter(JsonExporter.Full)
    .WithArtifactsPath(Path.Combine(outFolder, "BenchmarkDotNet.Artifacts"));
var summary = BenchmarkRunner.Run<EvaluationBenchmarks>(config);

// Scoring: one operation scores all 100,000 responses (30 to 500 ms); iterations of 500 ms hold one or more of them.
var scoringJob = Job.Default.WithWarmupCount(3).WithIterationCount(15).WithIterationTime(TimeInterval.FromMilliseconds(500));
var scoringSummary = BenchmarkRunner.Run<ScoringBenchmarks>(DefaultConfig.Instance.AddJob(scoringJob.AsDefault())
    .AddExporter(JsonExporter.Full).WithArtifactsPath(Path.Combine(outFolder, "BenchmarkDotNet.Artifacts")));

var peer = args.Contains("--no-surveyjs") ? null : SurveyJsPeer.Run(exported);
return BenchReport.Write(summary, checks, peer, (scoringSummary, tiers), outFolder);

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
