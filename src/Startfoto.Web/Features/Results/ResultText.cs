using Startfoto.Domain.Scoring;
using Startfoto.Web.Components.Shared;

namespace Startfoto.Web.Features.Results;

/// <summary>Scores, coverage and needs as Dutch users read them.</summary>
static class ResultText
{
    public static string Score(double? score) => score is { } s ? s.ToString("0.#", DutchFormat.Culture) : "onvoldoende gegevens";

    public static string Percent(double share) => (share * 100).ToString("0", DutchFormat.Culture) + "%";

    public static string Need(Need? need) => need?.Text() ?? "onvoldoende gegevens";

    public static string Number(double? value) => value is { } v ? v.ToString("0.#", DutchFormat.Culture) : "–";

    public static string Outcome(ItemOutcome outcome) => outcome switch
    {
        ItemOutcome.Hidden => "niet gevraagd",
        ItemOutcome.Unanswered => "niet beantwoord",
        ItemOutcome.NotApplicable => "n.v.t.",
        ItemOutcome.DontKnow => "weet niet",
        _ => "meegeteld",
    };

    /// <summary>"2× hoog, 1× matig, 4× geen", most severe first; themes without data as "1× onvoldoende gegevens".</summary>
    public static string NeedSummary(ScoreResult result) => string.Join(", ",
        result.Themes.GroupBy(t => t.Need).OrderByDescending(g => g.Key.HasValue ? (int)g.Key.Value : -1)
            .Select(g => $"{g.Count()}× {Need(g.Key)}"));
}
