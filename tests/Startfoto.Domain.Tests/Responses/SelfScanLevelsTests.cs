using Startfoto.Domain.Responses;
using static Startfoto.Domain.Tests.Responses.ConversationScan;

namespace Startfoto.Domain.Tests.Responses;

public sealed class SelfScanLevelsTests
{
    [Theory]
    [InlineData("3", "3", "3")]
    [InlineData("4", "1", "3")] // (100·2 + 0) / 3 = 67: Ingericht
    [InlineData("2", "4", "3")] // (33·2 + 100) / 3 = 55: nearer 67 than 33
    [InlineData("1", "2", "1")] // (0·2 + 33) / 3 = 11: Niet gestart
    public void The_level_is_the_weighted_mean_rounded_to_the_nearest_level_of_the_scale(string v1, string v2, string expected)
    {
        var levels = SelfScanLevels.Of(Evaluate(("v1", v1), ("v2", v2)));

        Assert.Equal(expected, levels["visie"]);
    }

    [Fact]
    public void Weet_niet_and_unanswered_questions_count_for_nothing()
    {
        var levels = SelfScanLevels.Of(Evaluate(("v1", "weet_niet"), ("v2", "4")));

        Assert.Equal("4", levels["visie"]);
    }

    [Fact]
    public void A_theme_without_scored_answers_has_no_level()
    {
        var levels = SelfScanLevels.Of(Evaluate(("v3", "Zie notitie"), ("s1", "12")));

        Assert.False(levels.ContainsKey("visie"));
        Assert.False(levels.ContainsKey("schaal"));
    }

    [Fact]
    public void Conversation_fields_are_no_part_of_the_self_scan()
    {
        var levels = SelfScanLevels.Of(Evaluate(("v1", "1"), ("gesprek.visie.oordeel", "4")));

        Assert.Equal("1", levels["visie"]);
    }
}
