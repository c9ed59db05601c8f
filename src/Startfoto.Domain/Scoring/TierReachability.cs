using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Scoring;

/// <summary>
/// Finds tier rules that can never fire: every combination of needs (geen … hoog, onvoldoende) over the themes the rules
/// depend on is tried, each theme's score set to the middle of its need's band, and a rule that is never the first to
/// hold is reported. Up to eight themes (5^8 combinations); beyond that only a rule after an always-true rule is found.
/// </summary>
static class TierReachability
{
    public const int MaxThemes = 8;

    public static IEnumerable<Problem> Check(Scorer scorer, int[] counted, CompiledExpression[] rules, Func<string, Location> at)
    {
        if (rules.Length == 0) yield break;
        var varying = Varying(scorer, counted, rules);
        var fired = new bool[rules.Length];
        if (varying.Length <= MaxThemes) Enumerate(scorer, counted, varying, fired);
        else MarkUntilAlwaysTrue(rules, fired);
        for (var i = 0; i < rules.Length; i++)
            if (!fired[i]) yield return ScoringProblems.NeverFires(i + 1, scorer.Rules.Tier.Rules[i].Tier, at($"scoring.tier.rules[{i}].when"));
    }

    /// <summary>The themes whose need the rules depend on: those counted and those named, in order.</summary>
    public static int[] Varying(Scorer scorer, int[] counted, CompiledExpression[] rules) =>
        [.. counted.Union(rules.SelectMany(r => r.References).Select(r => r.Slot / 3).Where(t => t < scorer.TierScope.Themes.Length)).Distinct().Order()];

    static void Enumerate(Scorer scorer, int[] counted, int[] varying, bool[] fired)
    {
        var remaining = fired.Length;
        foreach (var rule in RulePerCombination(scorer, counted, varying))
        {
            if (rule < 0 || fired[rule]) continue;
            fired[rule] = true;
            if (--remaining == 0) return;
        }
    }

    /// <summary>
    /// For each combination of needs of the <paramref name="varying"/> themes (combination c gives the k-th of them need
    /// (c / 5^k) % 5 - 1, where -1 is onvoldoende), the first rule that holds, -1 for none.
    /// </summary>
    public static IEnumerable<int> RulePerCombination(Scorer scorer, int[] counted, int[] varying)
    {
        var scope = scorer.TierScope;
        var values = new Value[scope.Size];
        for (var t = 0; t < scope.Themes.Length; t++) Set(scorer, values, t, (int)Need.Geen);
        var combinations = (int)Math.Pow(5, varying.Length);
        for (var c = 0; c < combinations; c++)
        {
            var rest = c;
            foreach (var t in varying)
            {
                Set(scorer, values, t, rest % 5 - 1);
                rest /= 5;
            }
            Scorer.SetCounts(values, counted, scope);
            yield return scorer.FirstRuleThatHolds(values);
        }
    }

    static void Set(Scorer scorer, Value[] values, int theme, int need)
    {
        values[TierScope.NeedSlot(theme)] = Scorer.NeedValue(need);
        values[TierScope.ScoreSlot(theme)] = need < 0 ? Value.Empty : Value.Number(Middle(scorer.Rules, (Need)need));
        values[TierScope.CoverageSlot(theme)] = Value.Number(need < 0 ? 0 : 1);
    }

    static double Middle(ScoringRules rules, Need need)
    {
        var i = rules.Needs.Select(n => n.Need).ToList().IndexOf(need);
        var upper = i == 0 ? 100 : rules.Needs[i - 1].From;
        return (rules.Needs[i].From + upper) / 2;
    }

    static void MarkUntilAlwaysTrue(CompiledExpression[] rules, bool[] fired)
    {
        for (var i = 0; i < rules.Length; i++)
        {
            fired[i] = true;
            if (rules[i].References.IsEmpty && rules[i].IsTrue([], default)) return;
        }
    }
}
