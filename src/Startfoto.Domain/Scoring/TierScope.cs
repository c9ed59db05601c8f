using System.Collections.Immutable;
using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Scoring;

/// <summary>
/// The names a tier rule may use: per theme <c>${t}</c> (its need: geen, licht, matig, hoog or onvoldoende),
/// <c>${t.score}</c> (0–100, empty when onvoldoende) and <c>${t.dekking}</c> (0–1); and, over the tier's themes,
/// <c>${aantal_hoog}</c>, <c>${aantal_ten_minste_matig}</c>, <c>${aantal_ten_minste_licht}</c> and <c>${aantal_onvoldoende}</c>.
/// "Ten minste" counts keep every rule monotone: a better answer can lower a count, never raise it.
/// </summary>
public sealed class TierScope
{
    public const string CountHigh = "aantal_hoog";
    public const string CountAtLeastMatig = "aantal_ten_minste_matig";
    public const string CountAtLeastLicht = "aantal_ten_minste_licht";
    public const string CountInsufficient = "aantal_onvoldoende";

    public static readonly ImmutableArray<string> Counts = [CountHigh, CountAtLeastMatig, CountAtLeastLicht, CountInsufficient];

    static readonly ImmutableArray<string> NeedValues = [.. Needs.All.Select(n => n.Text()), Needs.InsufficientData];

    public TierScope(IReadOnlyList<(string Key, string Title)> themes)
    {
        Themes = [.. themes];
        var symbols = new List<QuestionSymbol>();
        var descriptions = new List<string>();
        foreach (var (key, title) in themes)
        {
            symbols.Add(new QuestionSymbol(key, symbols.Count, AnswerType.SelectOne, NeedValues));
            descriptions.Add($"behoefte {title}");
            symbols.Add(new QuestionSymbol($"{key}.score", symbols.Count, AnswerType.Decimal));
            descriptions.Add($"score {title}");
            symbols.Add(new QuestionSymbol($"{key}.dekking", symbols.Count, AnswerType.Decimal));
            descriptions.Add($"dekking {title}");
        }
        foreach (var (name, description) in new[]
                 {
                     (CountHigh, "aantal thema's met behoefte hoog"), (CountAtLeastMatig, "aantal thema's met behoefte ten minste matig"),
                     (CountAtLeastLicht, "aantal thema's met behoefte ten minste licht"), (CountInsufficient, "aantal thema's met onvoldoende gegevens"),
                 })
        {
            symbols.Add(new QuestionSymbol(name, symbols.Count, AnswerType.Integer));
            descriptions.Add(description);
        }
        Scope = new ExpressionScope(symbols);
        Descriptions = [.. descriptions];
        Size = symbols.Count;
    }

    public ImmutableArray<(string Key, string Title)> Themes { get; }

    public ExpressionScope Scope { get; }

    /// <summary>Per slot, what the name means in words ("behoefte Stevige lokale teams").</summary>
    public ImmutableArray<string> Descriptions { get; }

    public int Size { get; }

    public static int NeedSlot(int theme) => 3 * theme;

    public static int ScoreSlot(int theme) => 3 * theme + 1;

    public static int CoverageSlot(int theme) => 3 * theme + 2;

    public int CountSlot(int count) => 3 * Themes.Length + count;
}
