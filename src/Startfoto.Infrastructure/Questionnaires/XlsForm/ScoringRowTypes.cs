using C = Startfoto.Infrastructure.Questionnaires.XlsForm.XlsFormColumns;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// The rows of the 'scoring' sheet: per type the columns it must fill and may fill, and the settings a 'setting' row
/// names. Any other filled cell is reported, so a value put in the wrong column is never dropped silently.
/// </summary>
static class ScoringRowTypes
{
    public const string Setting = "setting", Need = "need", Item = "item", Band = "band", Floor = "floor", Tier = "tier",
        TierTheme = "tier_theme", TierRule = "tier_rule";

    public sealed record Columns(string[] Required, string[] Optional)
    {
        public IEnumerable<string> All => Required.Concat(Optional);
    }

    /// <summary>In the order the writer puts them; the reader accepts the rows in any order.</summary>
    public static readonly IReadOnlyDictionary<string, Columns> Types = new Dictionary<string, Columns>(StringComparer.Ordinal)
    {
        [Setting] = new([C.Key, C.Value], []),
        [Need] = new([C.Need, C.From], []),
        [Item] = new([C.Key], [C.Method]),
        [Band] = new([C.Key, C.Score], [C.Below, C.UpTo]),
        [Floor] = new([C.Theme, C.When, C.Need, C.Reason], []),
        [Tier] = new([C.Tier], []),
        [TierTheme] = new([C.Theme], []),
        [TierRule] = new([C.Tier, C.When], [C.Description, C.Flag]),
    };

    public const string Version = "version", MinCoverage = "min_coverage", AssessmentField = "assessment_field", RegioTheme = "regio_theme",
        TierLabel = "tier_label", TierOtherwise = "tier_otherwise";

    public static readonly string[] Settings = [Version, MinCoverage, AssessmentField, RegioTheme, TierLabel, TierOtherwise];

    /// <summary>What the JSON requires too; assessment_field and regio_theme are optional.</summary>
    public static readonly string[] RequiredSettings = [Version, MinCoverage, TierLabel, TierOtherwise];
}
