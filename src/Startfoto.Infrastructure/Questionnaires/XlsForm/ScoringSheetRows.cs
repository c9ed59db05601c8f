using System.Globalization;
using System.Text.RegularExpressions;
using Startfoto.Domain.Problems;
using C = Startfoto.Infrastructure.Questionnaires.XlsForm.XlsFormColumns;
using T = Startfoto.Infrastructure.Questionnaires.XlsForm.ScoringRowTypes;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// Where each rule of the scoring sheet stands, so that what <see cref="Domain.Scoring.ScoringCompiler"/> reports at a place in
/// the rules ("scoring.tier.rules[2].when, positie 5") shows at the row and column the author edits ("scoring, rij 31,
/// kolom when, positie 5"). A place without a row (no need rows at all) is shown at the sheet, with its key.
/// </summary>
sealed partial class ScoringSheetRows(XlsFormSheet sheet)
{
    /// <param name="Row">The item row, or the first band row when the item has none.</param>
    public sealed record ItemRows(int Row, bool HasItemRow, List<int> Bands);

    public Dictionary<string, int> Settings { get; } = new(StringComparer.Ordinal);

    public List<int> Needs { get; } = [];

    public List<ItemRows> Items { get; } = [];

    public List<int> Floors { get; } = [];

    public List<int> Tiers { get; } = [];

    public List<int> TierThemes { get; } = [];

    public List<int> TierRules { get; } = [];

    public Problem Locate(Problem problem)
    {
        if (problem.At.Key is not { } key) return problem;
        var at = Find(key, problem.Code) is { } found ? sheet.At(found.Row, found.Column) : sheet.Whole with { Key = key };
        return problem with { At = at with { Span = problem.At.Span } };
    }

    (int Row, string? Column)? Find(string key, string code)
    {
        switch (key)
        {
            case "scoring.minCoverage": return Setting(T.MinCoverage);
            case "scoring.assessmentField": return Setting(T.AssessmentField);
            case "scoring.regioTheme": return Setting(T.RegioTheme);
            case "scoring.tier.otherwise": return Setting(T.TierOtherwise);
            case "scoring.needs": return At(Needs, 0, C.Need);
            case "scoring.tier.tiers": return At(Tiers, 0, C.Tier);
        }
        var match = Place().Match(key);
        if (!match.Success) return null;
        var i = int.Parse(match.Groups["i"].Value, CultureInfo.InvariantCulture);
        var field = match.Groups["field"].Success ? match.Groups["field"].Value : null;
        return match.Groups["list"].Value switch
        {
            "needs" => At(Needs, i, C.From),
            "items" when i >= Items.Count => null,
            "items" when match.Groups["band"].Success =>
                At(Items[i].Bands, int.Parse(match.Groups["band"].Value, CultureInfo.InvariantCulture), C.Score),
            "items" => Item(Items[i], code),
            "floors" => At(Floors, i, field),
            "tier.themes" => At(TierThemes, i, C.Theme),
            "tier.rules" => At(TierRules, i, field),
            _ => null,
        };
    }

    (int, string?)? Setting(string name) => Settings.TryGetValue(name, out var row) ? (row, C.Value) : null;

    static (int, string?)? At(List<int> rows, int index, string? column) => index < rows.Count ? (rows[index], column) : null;

    /// <summary>A question that does not fit its method is shown at the method; bands out of order at the first band.</summary>
    static (int, string?) Item(ItemRows item, string code) => code switch
    {
        "SCO008" when item.Bands.Count > 0 => (item.Bands[0], null),
        "SCO003" or "SCO008" or "SCO017" when item.HasItemRow => (item.Row, C.Method),
        _ => (item.Row, C.Key),
    };

    // The places ScoringCompiler names: scoring.needs[1], scoring.items[0].bands[2], scoring.floors[3].when, scoring.tier.rules[0].tier.
    [GeneratedRegex(@"^scoring\.(?<list>needs|items|floors|tier\.themes|tier\.rules)\[(?<i>\d+)\](\.bands\[(?<band>\d+)\])?(\.(?<field>theme|when|tier))?$")]
    private static partial Regex Place();
}
