using static Startfoto.Domain.Tests.Questionnaires.QuestionnaireFixture;

namespace Startfoto.Domain.Tests.Questionnaires;

public sealed class ShippedQuestionnairesTests
{
    [Theory]
    [MemberData(nameof(ShippedDefinitionsTests.Files), MemberType = typeof(ShippedDefinitionsTests))]
    public void Shipped_definition_compiles_and_evaluates_unanswered(string file)
    {
        var questionnaire = Shipped(file);

        var evaluation = questionnaire.Evaluate(questionnaire.NewAnswers(), Today);

        Assert.Equal(0, evaluation.Progress.Answered);
        Assert.True(evaluation.Progress.Required > 0);
        Assert.All(evaluation.All.Where(q => q.Required), q => Assert.Equal("Dit is een verplichte vraag.", q.Message));
    }

    [Fact]
    public void The_robuustheidsscan_has_conversation_fields_per_criterion_that_do_not_count_for_progress()
    {
        var scan = Shipped("robuustheidsscan.json");
        var answers = scan.NewAnswers();
        answers["gesprek.visie.oordeel"] = Domain.Expressions.Value.String("3");

        var evaluation = scan.Evaluate(answers, Today);

        Assert.Equal(5 * 6 + 7, scan.Slots.Count(s => s.IsConversation));
        Assert.True(evaluation["gesprek.datum"].Required);
        Assert.Equal(0, evaluation.Progress.Answered);
        Assert.True(evaluation["gesprek.visie.oordeel"].Valid);
    }

    [Fact]
    public void The_startfoto_example_answers_evaluate_with_hidden_follow_ups_and_one_missing_answer()
    {
        var startfoto = Shipped("startfoto.json");

        var evaluation = startfoto.Evaluate(ExampleAnswers(startfoto), Today);

        Assert.Equal(new Domain.Questionnaires.Progress(40, 41), evaluation.Progress);
        Assert.Equal(["fin.voorbereid"], evaluation.All.Where(q => !q.Valid).Select(q => q.Key));
        Assert.Equal(["lt.taken", "lt.zelfhulp", "lt.expertise", "lt.fte", "lt.voorbeeld", "zt.trend", "kl.voorbeeld", "dm.voorbeeld"],
            evaluation.All.Where(q => !q.Visible).Select(q => q.Key));
        Assert.Equal(12, evaluation["lt.fte"].Value.ToNumber());
    }
}
