using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Scoring;

namespace Startfoto.Benchmarks;

/// <summary>
/// The practical limit for scoring the Startfoto: the sums of INSTRUMENTS.md §5 over responses whose item scores were
/// worked out beforehand into flat arrays (per response and item: the score and whether it counts), with the floors and
/// tier rules of startfoto.json written out by hand. What the <see cref="Scorer"/> is measured against; written apart from
/// it, so that agreeing on every response is also a check of the Scorer.
/// </summary>
public sealed class HandWrittenScoring
{
    const byte Left = 0, Counts = 1, Scored = 2; // Counts: in the applicable weight only (weet niet, a required item left open)
    const int Lt = 1, Reg = 4, Themes = 7;

    // The floors of startfoto.json: a ★ item at its lowest option (level 1, 'nee', 'niet formeel'), the only one scoring 0.
    static readonly (string Key, int Theme, int Need)[] FloorRules =
    [
        ("rw.afbakening", 0, 2), ("lt.team", 1, 3), ("lt.zelfhulp", 1, 2), ("zt.plan", 2, 2), ("kl.eisen", 3, 2),
        ("reg.visie", 4, 2), ("reg.vorm", 4, 2), ("dm.inzicht", 5, 2), ("fin.sturing", 6, 2),
    ];

    readonly int responses, items;
    readonly double[] scores;
    readonly byte[] states;
    readonly double[] weights;
    readonly int[] themes;
    readonly (int Item, int Theme, int Need)[] floors;

    HandWrittenScoring(int responses, Question[] questions, double[] scores, byte[] states, int[] themes)
    {
        (this.responses, items, this.scores, this.states, this.themes) = (responses, questions.Length, scores, states, themes);
        weights = [.. questions.Select(q => q.Weight)];
        floors = [.. FloorRules.Select(f => (Array.FindIndex(questions, q => q.Key == f.Key), f.Theme, f.Need))];
    }

    /// <summary>Works out every item of every response once: what a system built for this one form would store.</summary>
    public static HandWrittenScoring Of(Questionnaire questionnaire, IReadOnlyList<QuestionnaireEvaluation> evaluations)
    {
        var definition = questionnaire.Definition;
        var rules = definition.Scoring!;
        var themeKeys = definition.Themes.Select(t => t.Key).ToList();
        var scored = definition.Questions.Where(q => q.Theme is not null && q.Weight > 0
            && (rules.Items.Any(i => i.Key == q.Key) || q.Type != QuestionType.MultipleChoice && q.Options.Any(o => o.Score is not null))).ToArray();
        if (themeKeys.Count != Themes || themeKeys[Lt] != "lt" || themeKeys[Reg] != "reg")
            throw new InvalidOperationException("The hand-written rules are those of startfoto.json: themes rw, lt, zt, kl, reg, dm, fin.");
        var slots = scored.Select(q => questionnaire.Slots.Where(s => s.Question == q).Select(s => s.Slot).ToArray()).ToArray();
        var (scores, states) = (new double[evaluations.Count * scored.Length], new byte[evaluations.Count * scored.Length]);
        for (var r = 0; r < evaluations.Count; r++)
            for (var i = 0; i < scored.Length; i++)
                (scores[r * scored.Length + i], states[r * scored.Length + i]) = ItemOf(evaluations[r], scored[i], slots[i], rules);
        return new HandWrittenScoring(evaluations.Count, scored, scores, states, [.. scored.Select(q => themeKeys.IndexOf(q.Theme!))]);
    }

    static (double Score, byte State) ItemOf(QuestionnaireEvaluation evaluation, Question question, int[] slots, ScoringRules rules)
    {
        var first = evaluation[slots[0]];
        if (!first.Visible) return (0, Left);
        var answers = slots.Select(s => evaluation[s].Value.ToXPathString()).ToList();
        var given = answers.Where(a => a is not ("" or Question.NotApplicableValue or Question.DontKnowValue)).ToList();
        if (given.Count > 0) return (given.Average(a => ScoreOf(question, a, rules)), Scored);
        return answers.Contains(Question.DontKnowValue) || answers.All(a => a == "") && first.Required ? (0, Counts) : (0, Left);
    }

    static double ScoreOf(Question question, string answer, ScoringRules rules) => rules.Items.FirstOrDefault(i => i.Key == question.Key) switch
    {
        { Method: ItemMethod.Share } => 100.0 * answer.Split(' ').Length / question.Options.Length,
        { Method: ItemMethod.Bands } rule => rule.Bands.First(b => b.Contains(double.Parse(answer, System.Globalization.CultureInfo.InvariantCulture))).Score,
        _ => question.Options.Single(o => o.Value == answer).Score!.Value,
    };

    /// <summary>
    /// Scores every response into <paramref name="tally"/> (per rule number: 0 intensief, 1 regulier with the flag,
    /// 2 regulier, 3 licht, 4 geen); <paramref name="rules"/> gets each response's rule. Returns the number intensief.
    /// </summary>
    public int Run(int[] tally, int[]? rules = null, int[]? needs = null)
    {
        Array.Clear(tally);
        Span<double> sum = stackalloc double[Themes], weight = stackalloc double[Themes], applicable = stackalloc double[Themes];
        Span<int> need = stackalloc int[Themes];
        for (var r = 0; r < responses; r++)
        {
            sum.Clear();
            weight.Clear();
            applicable.Clear();
            var row = r * items;
            for (var i = 0; i < items; i++)
            {
                var state = states[row + i];
                if (state == Left) continue;
                var (t, w) = (themes[i], weights[i]);
                if (state == Scored)
                {
                    sum[t] += scores[row + i] * w;
                    weight[t] += w;
                }
                applicable[t] += w;
            }
            for (var t = 0; t < Themes; t++)
            {
                var enough = weight[t] > 0 && weight[t] / applicable[t] >= 0.6 - 1e-9;
                var score = enough ? Math.Round(sum[t] / weight[t], 1, MidpointRounding.AwayFromZero) : double.NaN;
                need[t] = !enough ? -1 : score >= 70 ? 0 : score >= 50 ? 1 : score >= 30 ? 2 : 3;
            }
            foreach (var (item, theme, floor) in floors)
                if (states[row + item] == Scored && scores[row + item] == 0 && need[theme] < floor) need[theme] = floor;
            var rule = Tier(need);
            tally[rule]++;
            if (rules is not null) rules[r] = rule;
            if (needs is not null) need.CopyTo(needs.AsSpan(r * Themes));
        }
        return tally[0];
    }

    /// <summary>The tier rules of startfoto.json (INSTRUMENTS.md §5.4), over every theme but reg.</summary>
    static int Tier(ReadOnlySpan<int> need)
    {
        var (high, matig, licht) = (0, 0, 0);
        for (var t = 0; t < Themes; t++)
        {
            if (t == Reg) continue;
            if (need[t] == 3) high++;
            if (need[t] >= 2) matig++;
            if (need[t] >= 1) licht++;
        }
        if (need[Lt] == 3 || high >= 3) return 0;
        if (need[Lt] == -1) return 1;
        if (high >= 1 || need[Lt] == 2 || matig >= 3) return 2;
        return matig >= 1 || licht >= 3 ? 3 : 4;
    }
}
