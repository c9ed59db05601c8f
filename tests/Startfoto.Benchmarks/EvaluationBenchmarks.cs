using BenchmarkDotNet.Attributes;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Benchmarks;

/// <summary>
/// One full evaluation: every section and question condition, calculation, required check, answer check and
/// constraint of the definition against a full answer set, into a reused result buffer (what the filling-in page
/// does after each change).
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private QuestionnaireEvaluation evaluation = null!;
    private Value[] answers = [];

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = EvaluationCase.Generated;

    public static IEnumerable<string> Cases => EvaluationCase.Names;

    [GlobalSetup]
    public void Setup()
    {
        var (questionnaire, set) = EvaluationCase.Load(Case).Compile();
        answers = set.Values.ToArray();
        evaluation = questionnaire.NewEvaluation();
    }

    [Benchmark]
    public Progress Evaluate()
    {
        evaluation.Run(answers, EvaluationCase.Today);
        return evaluation.Progress;
    }
}
