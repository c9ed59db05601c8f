using System.Collections.Frozen;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Scoring;

/// <summary>What became of one item when scored.</summary>
public enum ItemOutcome
{
    Hidden,
    Unanswered,
    NotApplicable,
    DontKnow,
    Scored,
}

/// <summary>A scored item compiled once: its slots (a matrix has one per row), theme, weight and how it scores.</summary>
sealed class ScoredItem
{
    readonly OptionIndex options;
    readonly double[] optionScores; // by position in options
    readonly int optionCount;
    readonly ScoreBand[] bands;

    public ScoredItem(Question question, int theme, int[] slots, ItemMethod method,
        FrozenDictionary<string, double> optionScores, int optionCount, ScoreBand[] bands)
    {
        (Question, Theme, Slots, Method, Weight, this.optionCount, this.bands) = (question, theme, slots, method, question.Weight, optionCount, bands);
        // n.v.t. and weet niet are never scored, even if an option were called so: leave them out of the index.
        var scored = optionScores.Where(o => method != ItemMethod.Options || o.Key is not (Question.NotApplicableValue or Question.DontKnowValue)).ToList();
        options = new OptionIndex([.. scored.Select(o => o.Key)]);
        this.optionScores = [.. scored.Select(o => o.Value)];
    }

    public Question Question { get; }

    public int Theme { get; }

    public int[] Slots { get; }

    public ItemMethod Method { get; }

    public double Weight { get; }

    /// <summary>Scores the item's answer; allocates nothing.</summary>
    /// <remarks>
    /// Reads what expressions read (the answer when visible, else empty): a hidden item reads as unanswered, and only
    /// then is its visibility looked up, so that scoring many stored responses touches one array per response.
    /// A matrix's rows are visible together.
    /// </remarks>
    /// <param name="seen">The evaluation's <see cref="QuestionnaireEvaluation.Seen"/>.</param>
    public ItemOutcome Score(ReadOnlySpan<Value> seen, QuestionnaireEvaluation evaluation, out double score)
    {
        var outcome = Slots.Length > 1 ? ScoreRows(seen, out score) : ScoreValue(seen[Slots[0]], out score);
        return outcome == ItemOutcome.Unanswered && !evaluation[Slots[0]].Visible ? ItemOutcome.Hidden : outcome;
    }

    ItemOutcome ScoreRows(ReadOnlySpan<Value> seen, out double score)
    {
        var (sum, count, dontKnow, notApplicable) = (0.0, 0, 0, 0);
        foreach (var slot in Slots)
        {
            switch (ScoreValue(seen[slot], out var rowScore))
            {
                case ItemOutcome.Scored: sum += rowScore; count++; break;
                case ItemOutcome.DontKnow: dontKnow++; break;
                case ItemOutcome.NotApplicable: notApplicable++; break;
            }
        }
        score = count > 0 ? sum / count : double.NaN;
        if (count > 0) return ItemOutcome.Scored;
        if (dontKnow > 0) return ItemOutcome.DontKnow;
        return notApplicable > 0 ? ItemOutcome.NotApplicable : ItemOutcome.Unanswered;
    }

    ItemOutcome ScoreValue(Value value, out double score)
    {
        score = double.NaN;
        if (value.IsEmpty) return ItemOutcome.Unanswered;
        if (Method == ItemMethod.Options)
        {
            // Most answers are an option: look that up first; n.v.t. and weet niet are not in the index.
            var found = options.Find(value.Text);
            if (found >= 0)
            {
                score = optionScores[found];
                return ItemOutcome.Scored;
            }
        }
        if (value.Kind == ValueKind.String)
        {
            var text = value.Text;
            if (text == Question.NotApplicableValue) return ItemOutcome.NotApplicable;
            if (text == Question.DontKnowValue) return ItemOutcome.DontKnow;
        }
        switch (Method)
        {
            case ItemMethod.Options:
                return ItemOutcome.Unanswered;
            case ItemMethod.Bands:
                var number = value.ToNumber();
                if (double.IsNaN(number)) return ItemOutcome.Unanswered;
                foreach (var band in bands)
                    if (band.Contains(number))
                    {
                        score = band.Score;
                        return ItemOutcome.Scored;
                    }
                return ItemOutcome.Unanswered;
            default:
                score = ScoreTicked(value.Text);
                return ItemOutcome.Scored;
        }
    }

    /// <summary>A multiple-choice answer: its space-separated options, read without splitting.</summary>
    double ScoreTicked(string text)
    {
        var (ticked, sum) = (0, 0.0);
        var span = text.AsSpan();
        while (span.Length > 0)
        {
            var end = span.IndexOf(' ');
            var token = end < 0 ? span : span[..end];
            span = end < 0 ? [] : span[(end + 1)..];
            var found = token.IsEmpty ? -1 : options.Find(token);
            if (found < 0) continue;
            ticked++;
            sum += optionScores[found];
        }
        return Method == ItemMethod.Share ? 100.0 * ticked / optionCount : Math.Min(100, sum);
    }
}
