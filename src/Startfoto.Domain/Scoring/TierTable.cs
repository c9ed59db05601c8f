using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Scoring;

/// <summary>
/// The tier rule for every combination of needs, worked out once when the rules read only needs and counts (as the
/// shipped rules do): the tier is then a function of the needs alone, and scoring looks it up instead of evaluating the
/// rules. Rules that read a score or coverage, or more than <see cref="TierReachability.MaxThemes"/> themes, get no table.
/// </summary>
sealed class TierTable
{
    readonly int[] themes;
    readonly sbyte[] rules; // by combination, as TierReachability.RulePerCombination numbers them

    TierTable(int[] themes, sbyte[] rules) => (this.themes, this.rules) = (themes, rules);

    public static TierTable? Of(Scorer scorer, int[] counted, CompiledExpression[] tierRules)
    {
        var themeCount = scorer.TierScope.Themes.Length;
        if (tierRules.Length > sbyte.MaxValue
            || tierRules.SelectMany(r => r.References).Any(r => r.Slot < 3 * themeCount && r.Slot != TierScope.NeedSlot(r.Slot / 3)))
            return null;
        var varying = TierReachability.Varying(scorer, counted, tierRules);
        if (varying.Length > TierReachability.MaxThemes) return null;
        return new TierTable(varying, [.. TierReachability.RulePerCombination(scorer, counted, varying).Select(r => (sbyte)r)]);
    }

    /// <param name="needs">Per theme its need, -1 for onvoldoende.</param>
    /// <returns>The first rule that holds, -1 for none.</returns>
    public int RuleFor(int[] needs)
    {
        var (combination, place) = (0, 1);
        foreach (var t in themes)
        {
            combination += (needs[t] + 1) * place;
            place *= 5;
        }
        return rules[combination];
    }
}
