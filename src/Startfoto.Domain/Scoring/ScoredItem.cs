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
sealed class ScoredItem(Question question, int theme, int[] slots, ItemMethod method,
    FrozenDictionary<string, double> optionScores, int optionCount, ScoreBand[] bands)
{
    public Question Question { get; } = question;

    public int Theme { get; } = theme;

    public int[] Slots { get; } = slots;

    public ItemMethod Method { get; } = method;

    public double Weight => Question.Weight;

    /// <summary>Scores the item's answer; allocates nothing.</summary>
    public ItemOutcome Score(QuestionnaireEvaluation evaluation, out double score)
    {
        score = double.NaN;
        var first = evaluation[Slots[0]];
        if (!first.Visible) return ItemOutcome.Hidden;
        if (Slots.Length > 1) return ScoreRows(evaluation, out score);
        return ScoreValue(first.Value, out score);
    }

    ItemOutcome ScoreRows(QuestionnaireEvaluation evaluation, out double score)
    {
        var (sum, count, dontKnow, notApplicable) = (0.0, 0, 0, 0);
        foreach (var slot in Slots)
        {
            switch (ScoreValue(evaluation[slot].Value, out var rowScore))
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
        if (value.Kind == ValueKind.String)
        {
            var text = value.Text;
            if (text == Question.NotApplicableValue) return ItemOutcome.NotApplicable;
            if (text == Question.DontKnowValue) return ItemOutcome.DontKnow;
        }
        switch (Method)
        {
            case ItemMethod.Options:
                if (!optionScores.TryGetValue(value.Text, out score)) return ItemOutcome.Unanswered;
                return ItemOutcome.Scored;
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
        var lookup = optionScores.GetAlternateLookup<ReadOnlySpan<char>>();
        while (span.Length > 0)
        {
            var end = span.IndexOf(' ');
            var token = end < 0 ? span : span[..end];
            span = end < 0 ? [] : span[(end + 1)..];
            if (token.IsEmpty || !lookup.TryGetValue(token, out var optionScore)) continue;
            ticked++;
            sum += optionScore;
        }
        return Method == ItemMethod.Share ? 100.0 * ticked / optionCount : Math.Min(100, sum);
    }
}
