using Startfoto.Domain.Scoring;
using static Startfoto.Domain.Tests.Scoring.ScoringFixture;

namespace Startfoto.Domain.Tests.Scoring;

public sealed class ThemeScoreTests
{
    [Fact]
    public void A_theme_score_is_the_weighted_mean_of_its_scored_items()
    {
        // m1 67×2 + j1 100 + multi 2 of 4 = 50 + pct 60 → band 67 + m2 100 = 451 over weight 6.
        var result = Score(("m1", "3"), ("j1", "ja"), ("multi", "x y"), ("pct", "60"), ("m2", "4"));

        var a = result.Theme("a");
        Assert.Equal(75.2, a.Score);
        Assert.Equal(1, a.Coverage);
        Assert.Equal(Need.Geen, a.Need);
        Assert.Equal([67, 100, 50, 67, 100], a.Items.Select(i => i.Score!.Value));
        Assert.Equal(75.2, a.Items.Sum(i => i.Points!.Value), 0.15);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("0.5", 0)]
    [InlineData("1", 33)]
    [InlineData("49.9", 33)]
    [InlineData("50", 67)]
    [InlineData("90", 67)]
    [InlineData("90.1", 100)]
    [InlineData("100", 100)]
    public void A_number_scores_by_the_band_it_falls_in_below_exclusive_up_to_inclusive(string answer, double score)
    {
        var result = Score(("pct", answer));

        Assert.Equal(score, result.Theme("a").Items.Single(i => i.Key == "pct").Score);
    }

    [Theory]
    [InlineData("x", 25)]
    [InlineData("x y z w", 100)]
    [InlineData("w z", 50)]
    public void A_multiple_choice_with_share_scores_the_share_of_options_ticked(string answer, double score) =>
        Assert.Equal(score, Score(("multi", answer)).Theme("a").Items.Single(i => i.Key == "multi").Score);

    [Fact]
    public void Niet_van_toepassing_is_left_out_of_score_and_coverage()
    {
        var a = Score(("m1", "nvt"), ("j1", "ja")).Theme("a");

        Assert.Equal(100, a.Score);
        Assert.Equal(1, a.Coverage);
        Assert.Equal(ItemOutcome.NotApplicable, a.Items.Single(i => i.Key == "m1").Outcome);
    }

    [Fact]
    public void Weet_niet_lowers_coverage_and_below_the_minimum_the_theme_reads_onvoldoende_gegevens()
    {
        var a = Score(("m1", "weet_niet"), ("j1", "ja")).Theme("a");

        Assert.Null(a.Score);
        Assert.True(a.InsufficientData);
        Assert.Null(a.Need);
        Assert.Equal(0.333, a.Coverage);
        Assert.Contains("onvoldoende gegevens (dekking 33%, minimaal 60% nodig)", a.Reason);
    }

    [Fact]
    public void An_unanswered_required_item_lowers_coverage_an_unanswered_optional_item_does_not()
    {
        var requiredMissing = Score(("j1", "ja"), ("multi", "x"), ("pct", "95")).Theme("a");
        var optionalMissing = Score(("m1", "4"), ("j1", "ja")).Theme("a");

        Assert.Equal(0.6, requiredMissing.Coverage); // m1 (weight 2) counts as applicable
        Assert.Equal(75, requiredMissing.Score);
        Assert.Equal(1, optionalMissing.Coverage);
        Assert.Equal(100, optionalMissing.Score);
    }

    [Fact]
    public void A_hidden_item_is_left_out_even_when_it_keeps_an_answer()
    {
        var a = Score(("m1", "4"), ("j1", "nee"), ("m2", "1")).Theme("a");

        Assert.Equal(66.7, a.Score); // (100×2 + 0) / 3
        Assert.Equal(Need.Licht, a.Need);
        Assert.Equal(ItemOutcome.Hidden, a.Items.Single(i => i.Key == "m2").Outcome);
        Assert.Equal("niet gevraagd", a.Items.Single(i => i.Key == "m2").Answer);
    }

    [Theory]
    [InlineData("ja", "deels", 75.0, ItemOutcome.Scored)]
    [InlineData("ja", "nvt", 100.0, ItemOutcome.Scored)]
    [InlineData("nvt", "nvt", null, ItemOutcome.NotApplicable)]
    [InlineData("weet_niet", "nvt", null, ItemOutcome.DontKnow)]
    public void A_matrix_scores_the_mean_of_its_scored_rows(string r1, string r2, double? score, ItemOutcome outcome)
    {
        var item = Score(("mx.r1", r1), ("mx.r2", r2)).Theme("b").Items.Single(i => i.Key == "mx");

        Assert.Equal(score, item.Score);
        Assert.Equal(outcome, item.Outcome);
    }

    [Fact]
    public void A_number_without_bands_is_context_and_not_scored()
    {
        var c = Score(("c1", "3"), ("c2", "12")).Theme("c");

        Assert.Equal(["c1"], c.Items.Select(i => i.Key));
        Assert.Equal(67, c.Score);
    }

    [Fact]
    public void A_floor_raises_the_need_so_a_missing_basic_cannot_be_averaged_away()
    {
        // m1 niet gestart (0×2) + j1 ja + multi all + pct 95 + m2 4: 400 / 6 = 66.7 → licht by thresholds.
        var a = Score(("m1", "1"), ("j1", "ja"), ("multi", "x y z w"), ("pct", "95"), ("m2", "4")).Theme("a");

        Assert.Equal(66.7, a.Score);
        Assert.Equal(Need.Licht, a.ThresholdNeed);
        Assert.Equal(Need.Matig, a.Need);
        Assert.Contains("Vloer: Kernvraag M1 staat op niet gestart → ten minste matig.", a.Reason);
    }

    [Fact]
    public void A_floor_never_lowers_a_need()
    {
        var a = Score(("m1", "1"), ("j1", "nee")).Theme("a");

        Assert.Equal(0, a.Score);
        Assert.Equal(Need.Hoog, a.Need);
        Assert.DoesNotContain("Vloer", a.Reason);
    }

    [Theory]
    [InlineData("4", 100, Need.Geen)]
    [InlineData("3", 67, Need.Licht)]
    [InlineData("2", 33, Need.Matig)]
    [InlineData("1", 0, Need.Hoog)]
    public void The_guidance_thresholds_give_the_need(string level, double score, Need need)
    {
        var c = Score(("c1", level)).Theme("c");

        Assert.Equal(score, c.Score);
        Assert.Equal(need, c.Need);
    }

    [Fact]
    public void A_score_on_a_threshold_takes_the_better_need()
    {
        var questionnaire = Compiled();
        Assert.Equal(Need.Geen, questionnaire.Scorer!.NeedFor(70));
        Assert.Equal(Need.Licht, questionnaire.Scorer.NeedFor(69.9));
        Assert.Equal(Need.Matig, questionnaire.Scorer.NeedFor(30));
        Assert.Equal(Need.Hoog, questionnaire.Scorer.NeedFor(29.9));
    }
}
