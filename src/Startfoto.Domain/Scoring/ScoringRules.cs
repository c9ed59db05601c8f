using System.Collections.Immutable;

namespace Startfoto.Domain.Scoring;

/// <summary>
/// The scoring rules of one questionnaire version, as its definition states them ("scoring"): configuration a policy
/// person can read, versioned on its own so that a questionnaire version can get new rules without new questions.
/// </summary>
/// <param name="MinCoverage">Share of the applicable weight (0–1) that must be answered for a theme score; below it
/// the theme reads "onvoldoende gegevens".</param>
/// <param name="Needs">Ordered thresholds: the first whose <see cref="NeedThreshold.From"/> the score reaches gives the need.</param>
/// <param name="Items">How items score that do not score by their options alone (multiple choice, numbers).</param>
/// <param name="Floors">Answers that set a theme's need to at least a level, so a missing basic cannot be averaged away.</param>
/// <param name="AssessmentField">Robuustheidsscan: the conversation field per theme whose level, when given, replaces
/// the self-scan's score of that criterion (the adviseur's assessment).</param>
/// <param name="RegioTheme">Startfoto: the theme whose need is at least the regio's worst criterion need.</param>
public sealed record ScoringRules(
    int Version,
    double MinCoverage,
    ImmutableArray<NeedThreshold> Needs,
    ImmutableArray<ItemRule> Items,
    ImmutableArray<Floor> Floors,
    TierRules Tier,
    string? AssessmentField = null,
    string? RegioTheme = null)
{
    public ImmutableArray<ItemRule> Items { get; init; } = Items.IsDefault ? [] : Items;
    public ImmutableArray<Floor> Floors { get; init; } = Floors.IsDefault ? [] : Floors;
}

/// <summary>A score of at least <paramref name="From"/> (0–100) gives <paramref name="Need"/>.</summary>
public sealed record NeedThreshold(Need Need, double From);

public enum ItemMethod
{
    /// <summary>The score of the chosen option (single choice, maturity, ja/deels/nee; a matrix: the mean of its rows).</summary>
    Options,

    /// <summary>Multiple choice: the share of the options ticked × 100.</summary>
    Share,

    /// <summary>Multiple choice: the sum of the scores of the options ticked, at most 100.</summary>
    OptionSum,

    /// <summary>Number or percentage: the score of the band the answer falls in.</summary>
    Bands,
}

/// <param name="Key">The question's key.</param>
public sealed record ItemRule(string Key, ItemMethod Method, ImmutableArray<ScoreBand> Bands = default)
{
    public ImmutableArray<ScoreBand> Bands { get; init; } = Bands.IsDefault ? [] : Bands;
}

/// <summary>
/// One band of a number: answers below <paramref name="Below"/> (exclusive) or up to <paramref name="UpTo"/> (inclusive)
/// that no earlier band took score <paramref name="Score"/>; the last band has neither bound and takes the rest.
/// </summary>
public sealed record ScoreBand(double Score, double? Below = null, double? UpTo = null)
{
    public double? Bound => Below ?? UpTo;

    public bool Contains(double value) => Below is { } b ? value < b : UpTo is not { } u || value <= u;
}

/// <summary>When <paramref name="When"/> (an expression over the answers) holds, the theme's need is at least <paramref name="Need"/>.</summary>
/// <param name="Reason">Why, in a sentence for the explanation ("Er is geen lokaal team.").</param>
public sealed record Floor(string Theme, string When, Need Need, string Reason);

/// <summary>
/// The OZJ intensity tier (Startfoto) or the regio verdict (Robuustheidsscan): ordered rules over theme needs and scores,
/// from the most intensive tier down; the first that holds gives the tier, else <paramref name="Otherwise"/>.
/// </summary>
/// <param name="Label">What the outcome is called on screen ("OZJ-intensiteit", "Oordeel regio").</param>
/// <param name="Themes">The themes the counts in the rules (aantal_hoog …) count over.</param>
/// <param name="Tiers">Every tier, from the most intensive to the least; rules must keep this order.</param>
public sealed record TierRules(string Label, ImmutableArray<string> Themes, ImmutableArray<string> Tiers, ImmutableArray<TierRule> Rules, string Otherwise);

/// <param name="When">An expression over the tier variables (see <see cref="TierScope"/>).</param>
/// <param name="Description">The rule in words, for the explanation; the expression is shown when absent.</param>
/// <param name="Flag">A remark the result carries when this rule gives the tier ("adviseur beoordeelt").</param>
public sealed record TierRule(string Tier, string When, string? Description = null, string? Flag = null);
