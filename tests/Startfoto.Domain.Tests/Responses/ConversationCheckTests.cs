using Startfoto.Domain.Responses;
using static Startfoto.Domain.Tests.Responses.ConversationScan;

namespace Startfoto.Domain.Tests.Responses;

public sealed class ConversationCheckTests
{
    static IReadOnlyList<Domain.Problems.Problem> Check(params (string Key, string Value)[] answers)
    {
        var evaluation = Evaluate(answers);
        var levels = SelfScanLevels.Of(evaluation);
        return ConversationCheck.Check(evaluation, levels.GetValueOrDefault);
    }

    [Fact]
    public void No_oordeel_follows_the_self_scan_and_needs_no_motivering() =>
        Assert.Empty(Check(("v1", "3"), ("v2", "3")));

    [Fact]
    public void An_oordeel_equal_to_the_self_scan_needs_no_motivering() =>
        Assert.Empty(Check(("v1", "3"), ("v2", "3"), ("gesprek.visie.oordeel", "3")));

    [Fact]
    public void An_oordeel_that_differs_without_motivering_is_reported_at_the_motivering()
    {
        var problem = Assert.Single(Check(("v1", "3"), ("v2", "3"), ("gesprek.visie.oordeel", "2")));

        Assert.Equal("RSP020", problem.Code);
        Assert.Equal("gesprek.visie.motivering", problem.At.Key);
        Assert.Contains("'Visie'", problem.Message);
    }

    [Fact]
    public void A_blank_motivering_is_no_motivering() =>
        Assert.Single(Check(("v1", "3"), ("gesprek.visie.oordeel", "2"), ("gesprek.visie.motivering", "   ")));

    [Fact]
    public void An_oordeel_that_differs_with_a_motivering_is_accepted() =>
        Assert.Empty(Check(("v1", "3"), ("v2", "3"), ("gesprek.visie.oordeel", "2"), ("gesprek.visie.motivering", "Visie is nog niet uitgevoerd.")));

    [Fact]
    public void On_a_theme_without_scored_answers_any_oordeel_needs_a_motivering()
    {
        var problem = Assert.Single(Check(("s1", "120000"), ("gesprek.schaal.oordeel", "3")));

        Assert.Equal("gesprek.schaal.motivering", problem.At.Key);
    }
}
