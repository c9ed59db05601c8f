using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Domain.Scoring;

namespace Startfoto.Benchmarks;

/// <summary>
/// 100,000 generated Startfoto responses (<see cref="StartfotoResponses"/>), each evaluated once as a stored response
/// would be, and the same responses worked out for <see cref="HandWrittenScoring"/>. <see cref="Check"/> proves both give
/// every response the same needs and the same tier rule, or throws.
/// </summary>
public sealed class ScoringCase
{
    public const int Count = 100_000;

    ScoringCase(Questionnaire questionnaire, Value[][] answers, QuestionnaireEvaluation[] stored, HandWrittenScoring hand)
    {
        (Questionnaire, Answers, Stored, Hand) = (questionnaire, answers, stored, hand);
        Scorer = questionnaire.Scorer!;
    }

    public Questionnaire Questionnaire { get; }

    public Scorer Scorer { get; }

    public Value[][] Answers { get; }

    public QuestionnaireEvaluation[] Stored { get; }

    public HandWrittenScoring Hand { get; }

    public static ScoringCase Create(int count = Count)
    {
        var path = Path.Combine(EvaluationCase.RepositoryRoot(), "questionnaires", "startfoto.json");
        var definition = QuestionnaireJsonReader.Read(File.ReadAllText(path), path);
        var questionnaire = definition.Ok ? QuestionnaireCompiler.Compile(definition.Value!, path) : null;
        if (questionnaire is not { Ok: true, Value.Scorer: not null })
            throw new InvalidOperationException($"{path} does not compile with scoring rules.");
        var answers = StartfotoResponses.Generate(questionnaire.Value!, count);
        var stored = new QuestionnaireEvaluation[count];
        for (var r = 0; r < count; r++)
        {
            stored[r] = questionnaire.Value!.NewEvaluation();
            stored[r].Run(answers[r], EvaluationCase.Today);
        }
        return new ScoringCase(questionnaire.Value!, answers, stored, HandWrittenScoring.Of(questionnaire.Value!, stored));
    }

    /// <summary>How many responses got each tier rule (0 intensief, 1 regulier with the flag, 2 regulier, 3 licht, 4 geen).</summary>
    public int[] Check()
    {
        var themes = Questionnaire.Definition.Themes.Length;
        var (tally, rules, needs) = (new int[5], new int[Stored.Length], new int[Stored.Length * themes]);
        Hand.Run(tally, rules, needs);
        var sheet = Scorer.NewSheet();
        for (var r = 0; r < Stored.Length; r++)
        {
            Scorer.Score(Stored[r], sheet);
            var rule = sheet.TierRule < 0 ? 4 : sheet.TierRule;
            for (var t = 0; t < themes; t++)
                if ((sheet.NeedOf(t) is { } need ? (int)need : -1) != needs[r * themes + t] || rule != rules[r])
                    throw new InvalidOperationException(
                        $"Response {r}: the Scorer gives theme {t} need {sheet.NeedOf(t)} and rule {rule}, the hand-written loop {needs[r * themes + t]} and {rules[r]}.");
        }
        return tally;
    }
}
