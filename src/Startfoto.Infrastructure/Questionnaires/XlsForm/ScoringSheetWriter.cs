using Startfoto.Domain.Scoring;
using C = Startfoto.Infrastructure.Questionnaires.XlsForm.XlsFormColumns;
using Row = System.Collections.Generic.Dictionary<string, object?>;
using T = Startfoto.Infrastructure.Questionnaires.XlsForm.ScoringRowTypes;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// Scoring rules as the rows of the 'scoring' sheet, in the order a reader follows the scoring: settings, thresholds, how
/// items score, floors, then the tier block (label, tiers, counted themes, rules, the default). Every item row names its
/// method, also the default, so nobody has to know the defaults to read the sheet.
/// </summary>
static class ScoringSheetWriter
{
    public static List<Row> Rows(ScoringRules rules)
    {
        var rows = new List<Row> { Setting(T.Version, rules.Version), Setting(T.MinCoverage, rules.MinCoverage) };
        if (rules.AssessmentField is { } field) rows.Add(Setting(T.AssessmentField, field));
        if (rules.RegioTheme is { } regio) rows.Add(Setting(T.RegioTheme, regio));
        rows.AddRange(rules.Needs.Select(n => New(T.Need, (C.Need, n.Need.Text()), (C.From, n.From))));
        foreach (var item in rules.Items)
        {
            rows.Add(New(T.Item, (C.Key, item.Key), (C.Method, XlsFormSettings.CamelCase(item.Method))));
            rows.AddRange(item.Bands.Select(b => New(T.Band, (C.Key, item.Key), (C.Below, b.Below), (C.UpTo, b.UpTo), (C.Score, b.Score))));
        }
        rows.AddRange(rules.Floors.Select(f => New(T.Floor, (C.Theme, f.Theme), (C.When, f.When), (C.Need, f.Need.Text()), (C.Reason, f.Reason))));
        var tier = rules.Tier;
        rows.Add(Setting(T.TierLabel, tier.Label));
        rows.AddRange(tier.Tiers.Select(t => New(T.Tier, (C.Tier, t))));
        rows.AddRange(tier.Themes.Select(t => New(T.TierTheme, (C.Theme, t))));
        rows.AddRange(tier.Rules.Select(r => New(T.TierRule, (C.When, r.When), (C.Tier, r.Tier), (C.Description, r.Description), (C.Flag, r.Flag))));
        rows.Add(Setting(T.TierOtherwise, tier.Otherwise));
        return rows;
    }

    static Row Setting(string name, object value) => New(T.Setting, (C.Key, name), (C.Value, value));

    static Row New(string type, params (string Column, object? Value)[] values) =>
        XlsFormWriter.New(C.Scoring, [(C.Type, type), .. values]);
}
