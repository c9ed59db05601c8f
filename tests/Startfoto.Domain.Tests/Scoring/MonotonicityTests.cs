using Startfoto.Domain.Scoring;
using static Startfoto.Domain.Tests.Questionnaires.QuestionnaireFixture;

namespace Startfoto.Domain.Tests.Scoring;

/// <summary>Property: with the shipped rules a better answer never raises a theme's need, nor makes the tier more intensive.</summary>
public sealed class MonotonicityTests
{
    [Fact]
    public void A_better_answer_never_raises_a_need_or_the_tier()
    {
        var startfoto = new StartfotoAnswers(Shipped("startfoto.json"));
        var scorer = startfoto.Questionnaire.Scorer!;
        var tiers = scorer.Rules.Tier.Tiers;
        var keys = startfoto.ScoredSlots.Select(s => s.Key).ToList();
        var random = new Random(20261123);
        var (checkedPairs, tierChanges) = (0, 0);

        for (var i = 0; i < 4000; i++)
        {
            var answers = startfoto.Random(random);
            var key = keys[random.Next(keys.Count)];
            if (startfoto.Improve(answers, key, random) is not { } better) continue;
            var before = scorer.Score(startfoto.Evaluate(answers));
            var after = scorer.Score(startfoto.Evaluate(better));
            checkedPairs++;

            foreach (var theme in before.Themes)
            {
                var (was, now) = (theme.Need, after.Theme(theme.Theme).Need);
                if (was is null || now is null) continue; // onvoldoende gegevens is no need to compare
                Assert.True(now <= was, $"{key}: {answers[key]} → {better[key]} raised {theme.Theme} from {was} to {now}");
            }
            Assert.True(tiers.IndexOf(after.Tier) >= tiers.IndexOf(before.Tier),
                $"{key}: {answers[key]} → {better[key]} made the tier {before.Tier} → {after.Tier}");
            if (after.Tier != before.Tier) tierChanges++;
        }

        Assert.True(checkedPairs > 2000, $"only {checkedPairs} pairs checked");
        Assert.True(tierChanges > 20, $"only {tierChanges} tier changes seen: the property was hardly exercised");
    }
}
