using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Scoring;

/// <summary>
/// The numbers of one scoring, overwritten in place by <see cref="Scorer.Score(Questionnaires.QuestionnaireEvaluation, ScoreSheet, RegioNeed?)"/>
/// so that scoring many responses allocates nothing. <see cref="Scorer.Explain"/> turns it into a <see cref="ScoreResult"/>.
/// </summary>
public sealed class ScoreSheet
{
    internal ScoreSheet(int items, int themes, int tierSlots)
    {
        ItemScores = new double[items];
        ItemOutcomes = new ItemOutcome[items];
        (Sum, Weight, Applicable, Scores, Coverage) = (new double[themes], new double[themes], new double[themes], new double[themes], new double[themes]);
        (ThresholdNeeds, NeedValues, FloorIndex, Assessed) = (new int[themes], new int[themes], new int[themes], new bool[themes]);
        TierValues = new Value[tierSlots];
    }

    internal double[] ItemScores { get; }
    internal ItemOutcome[] ItemOutcomes { get; }
    internal double[] Sum { get; }
    internal double[] Weight { get; }
    internal double[] Applicable { get; }
    internal double[] Scores { get; }
    internal double[] Coverage { get; }

    /// <summary>The need the thresholds give, -1 when the theme has too few answers.</summary>
    internal int[] ThresholdNeeds { get; }

    /// <summary>The final need after floors and the regio, -1 when the theme reads "onvoldoende".</summary>
    internal int[] NeedValues { get; }

    /// <summary>The floor that raised the need: an index into the rules' floors, -2 for the regio, -1 for none.</summary>
    internal int[] FloorIndex { get; }

    /// <summary>Whether the adviseur's assessment gave the score (Robuustheidsscan).</summary>
    internal bool[] Assessed { get; }

    internal Value[] TierValues { get; }

    /// <summary>The rule that gave the tier (0-based), -1 when none held and the default applies.</summary>
    public int TierRule { get; internal set; }

    public string Tier { get; internal set; } = "";

    /// <summary>The theme's score 0–100 rounded to one decimal, or null when it has too few answers.</summary>
    public double? ScoreOf(int theme) => double.IsNaN(Scores[theme]) ? null : Scores[theme];

    public double CoverageOf(int theme) => Coverage[theme];

    public Need? NeedOf(int theme) => NeedValues[theme] < 0 ? null : (Need)NeedValues[theme];
}

/// <summary>The regio's worst criterion need, from its latest Robuustheidsscan result, and where it came from.</summary>
public sealed record RegioNeed(Need Need, string Source);
