using static Startfoto.Domain.Tests.Questionnaires.QuestionnaireFixture;

namespace Startfoto.Domain.Tests.Questionnaires;

/// <summary>
/// Evaluating a full answer set (every condition, calculation and check) reuses its result buffer and allocates
/// nothing, so that re-evaluating on every change stays cheap for a 200-question definition.
/// </summary>
public sealed class EvaluationAllocationTests
{
    [Theory]
    [InlineData("startfoto.json")]
    [InlineData("robuustheidsscan.json")]
    public void Evaluating_a_full_answer_set_again_allocates_nothing(string file)
    {
        var questionnaire = Shipped(file);
        var answers = file == "startfoto.json" ? ExampleAnswers(questionnaire) : questionnaire.NewAnswers();
        AssertAllocatesNothing(questionnaire, answers);
    }

    [Fact]
    public void Calculations_constraints_and_failed_checks_allocate_nothing_either()
    {
        var questionnaire = Compiled("""
            { "key": "n", "type": "number", "label": "N", "min": 0, "max": 10, "required": true, "constraint": ". != 3" },
            { "key": "dubbel", "type": "calculated", "calculation": "if(${n} > 2, ${n} * 2, 0)" },
            { "key": "m", "type": "multipleChoice", "label": "M", "options": "jn", "visibleWhen": "${dubbel} > 4 and selected(${m2}, 'ja')" },
            { "key": "m2", "type": "multipleChoice", "label": "M2", "options": "jn", "dontKnow": true }
            """);
        var answers = questionnaire.NewAnswers();
        answers["n"] = Domain.Expressions.Value.Number(3);
        answers["m"] = Domain.Expressions.Value.String("ja onbekend");
        answers["m2"] = Domain.Expressions.Value.String("ja weet_niet");

        var evaluation = AssertAllocatesNothing(questionnaire, answers);

        Assert.All(new[] { "n", "m", "m2" }, key => Assert.False(evaluation[key].Valid, key));
    }

    static Domain.Questionnaires.QuestionnaireEvaluation AssertAllocatesNothing(Domain.Questionnaires.Questionnaire questionnaire, Domain.Questionnaires.AnswerSet answers)
    {
        var evaluation = questionnaire.NewEvaluation();
        for (var i = 0; i < 100; i++) evaluation.Run(answers.Values, Today);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++) evaluation.Run(answers.Values, Today);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        return evaluation;
    }
}
