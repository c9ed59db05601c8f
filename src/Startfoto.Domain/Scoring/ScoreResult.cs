using System.Collections.Immutable;

namespace Startfoto.Domain.Scoring;

/// <summary>
/// The outcome of scoring one response, with its reasons: per theme the score, coverage and need and what gave them,
/// the tier and which rule gave it, and the whole in Dutch sentences. Stored as it is, so history can be shown as it was.
/// </summary>
/// <param name="TierLabel">What the tier is called ("OZJ-intensiteit", "Oordeel regio").</param>
/// <param name="TierRule">The number (1-based) of the rule that gave the tier; null when the default applied.</param>
/// <param name="Flag">A remark of the rule that gave the tier, e.g. "adviseur beoordeelt".</param>
public sealed record ScoreResult(
    string QuestionnaireKey,
    int QuestionnaireVersion,
    int RulesVersion,
    ImmutableArray<ThemeResult> Themes,
    string Tier,
    string TierLabel,
    int? TierRule,
    string? Flag,
    ImmutableArray<TierRuleCheck> TierRules,
    ImmutableArray<string> Explanation)
{
    public ThemeResult Theme(string key) => Themes.First(t => t.Theme == key);
}

/// <param name="Score">0–100 rounded to one decimal; null when there are too few answers ("onvoldoende gegevens").</param>
/// <param name="Coverage">Answered weight ÷ applicable weight, 0–1.</param>
/// <param name="Need">Null when the theme has too few answers and no floor set it.</param>
/// <param name="ThresholdNeed">The need the thresholds alone give (before floors and the regio).</param>
/// <param name="Reason">Why this need, in a Dutch sentence.</param>
/// <param name="Assessed">The score is the regioadviseur's assessment, not the self-scan's (Robuustheidsscan).</param>
public sealed record ThemeResult(
    string Theme,
    string Title,
    double? Score,
    double Coverage,
    Need? Need,
    Need? ThresholdNeed,
    string Reason,
    bool Assessed,
    ImmutableArray<ItemContribution> Items)
{
    public bool InsufficientData => Score is null;
}

/// <summary>One item of a theme: what was answered, what it scored and how many points of the theme score it gave.</summary>
/// <param name="Points">Score × weight ÷ the theme's answered weight: the theme score is the sum of these.</param>
public sealed record ItemContribution(string Key, string Label, string Answer, ItemOutcome Outcome, double? Score, double Weight, double? Points);

/// <summary>One tier rule as tried: held or not, and the sentence that says why.</summary>
public sealed record TierRuleCheck(int Number, string Tier, string When, bool Held, string Sentence);
