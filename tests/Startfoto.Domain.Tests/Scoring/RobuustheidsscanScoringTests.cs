using Startfoto.Domain.Expressions;
using Startfoto.Domain.Scoring;
using static Startfoto.Domain.Tests.Questionnaires.QuestionnaireFixture;

namespace Startfoto.Domain.Tests.Scoring;

public sealed class RobuustheidsscanScoringTests
{
    static readonly Domain.Questionnaires.Questionnaire Scan = Shipped("robuustheidsscan.json");

    /// <summary>Every scored self-scan item at its best ("4"), worst ("1") or the option nearest to "ingericht" (67) otherwise.</summary>
    static Domain.Questionnaires.AnswerSet SelfScan(string level)
    {
        var answers = Scan.NewAnswers();
        foreach (var slot in Scan.Slots.Where(s => !s.IsConversation && s.IsChoice && s.Question.Options.Any(o => o.Score is not null)))
        {
            var options = slot.Question.Options.Where(o => o.Score is not null).OrderBy(o => o.Score).ToList();
            answers[slot.Key] = Value.String(level == "4" ? options[^1].Value : level == "1" ? options[0].Value
                : options.MinBy(o => Math.Abs(o.Score!.Value - 67))!.Value);
        }
        return answers;
    }

    [Fact]
    public void A_regio_ingericht_everywhere_is_robuust_with_every_criterion_licht()
    {
        var result = Scan.Scorer!.Score(Scan.Evaluate(SelfScan("3"), Today));

        Assert.All(result.Themes, t => Assert.Equal(Need.Licht, t.Need));
        Assert.Equal(("robuust", "Oordeel regio"), (result.Tier, result.TierLabel));
    }

    [Fact]
    public void The_adviseur_assessment_replaces_the_self_scan_score_of_that_criterion()
    {
        var answers = SelfScan("3");
        answers["gesprek.inkoop.oordeel"] = Value.String("1");

        var result = Scan.Scorer!.Score(Scan.Evaluate(answers, Today));

        var inkoop = result.Theme("inkoop");
        Assert.True(inkoop.Assessed);
        Assert.Equal((0.0, Need.Hoog), (inkoop.Score!.Value, inkoop.Need!.Value));
        Assert.StartsWith("Inkoop: oordeel van de regioadviseur, score 0 → hoog", inkoop.Reason);
        Assert.Equal("kwetsbaar", result.Tier);
        Assert.False(result.Theme("visie").Assessed);
    }

    [Fact]
    public void Two_criteria_at_least_matig_make_the_regio_kwetsbaar()
    {
        var answers = SelfScan("4");
        answers["gesprek.visie.oordeel"] = Value.String("2");
        answers["gesprek.schaal.oordeel"] = Value.String("2");

        var result = Scan.Scorer!.Score(Scan.Evaluate(answers, Today));

        Assert.Equal([Need.Matig, Need.Geen, Need.Geen, Need.Geen, Need.Matig], result.Themes.Select(t => t.Need!.Value));
        Assert.Equal("kwetsbaar", result.Tier);
    }
}

public sealed class ScoringAllocationTests
{
    [Fact]
    public void Scoring_an_evaluated_response_into_a_sheet_allocates_nothing()
    {
        var startfoto = Shipped("startfoto.json");
        var evaluation = startfoto.Evaluate(ExampleAnswers(startfoto), Today);
        var scorer = startfoto.Scorer!;
        var sheet = scorer.NewSheet();
        for (var i = 0; i < 100; i++) scorer.Score(evaluation, sheet);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++) scorer.Score(evaluation, sheet);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal("intensief", sheet.Tier);
    }
}
