using BenchmarkDotNet.Attributes;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Scoring;

namespace Startfoto.Benchmarks;

/// <summary>
/// Scoring 100,000 stored Startfoto responses, each operation all of them: with the <see cref="Domain.Scoring.Scorer"/>
/// over the evaluations made beforehand, with the hand-written loop over the same responses as flat arrays (the
/// baseline), the Scorer over a cached thousand of them, and evaluate + score from the raw answers with one reused
/// evaluation. The setup checks that the Scorer and the hand-written loop agree on every response.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int InCache = 1_000;

    private readonly int[] tally = new int[5];
    private ScoringCase data = null!;
    private ScoreSheet sheet = null!;
    private QuestionnaireEvaluation reused = null!;

    [GlobalSetup]
    public void Setup()
    {
        data = ScoringCase.Create();
        data.Check();
        sheet = data.Scorer.NewSheet();
        reused = data.Questionnaire.NewEvaluation();
    }

    [Benchmark]
    public int Scorer()
    {
        Array.Clear(tally);
        foreach (var evaluation in data.Stored)
        {
            data.Scorer.Score(evaluation, sheet);
            tally[sheet.TierRule + 1]++;
        }
        return tally[1];
    }

    /// <summary>
    /// The Scorer as above, but 100 times over the first 1,000 responses, whose evaluations stay in the processor's
    /// cache: the same work without waiting for memory, to tell the two costs apart.
    /// </summary>
    [Benchmark]
    public int ScorerInCache()
    {
        Array.Clear(tally);
        for (var round = 0; round < ScoringCase.Count / InCache; round++)
            for (var r = 0; r < InCache; r++)
            {
                data.Scorer.Score(data.Stored[r], sheet);
                tally[sheet.TierRule + 1]++;
            }
        return tally[1];
    }

    [Benchmark(Baseline = true)]
    public int HandWritten() => data.Hand.Run(tally);

    [Benchmark]
    public int EvaluateAndScore()
    {
        Array.Clear(tally);
        foreach (var answers in data.Answers)
        {
            reused.Run(answers, EvaluationCase.Today);
            data.Scorer.Score(reused, sheet);
            tally[sheet.TierRule + 1]++;
        }
        return tally[1];
    }
}
