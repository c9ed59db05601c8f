using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Scoring;

namespace Startfoto.Domain.Tests.Scoring;

/// <summary>Answer sets for the shipped Startfoto: the best answer to every scored item, or random ones, and one item made better.</summary>
internal sealed class StartfotoAnswers(Questionnaire questionnaire)
{
    public Questionnaire Questionnaire => questionnaire;

    public IEnumerable<AnswerSlot> ScoredSlots => questionnaire.Slots.Where(s => !s.IsConversation && s.Question.Theme is not null
        && (s.Question.Options.Any(o => o.Score is not null) || Bands(s) is not null || Method(s) == ItemMethod.Share));

    public Dictionary<string, string> Best()
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in ScoredSlots)
        {
            var q = slot.Question;
            answers[slot.Key] = Method(slot) == ItemMethod.Share ? string.Join(' ', q.Options.Select(o => o.Value))
                : Bands(slot) is { } bands ? ValueIn(bands, bands.IndexOf(bands.MaxBy(b => b.Score)!), q)
                : q.Options.MaxBy(o => o.Score ?? -1)!.Value;
        }
        return answers;
    }

    public Dictionary<string, string> Random(Random random)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in ScoredSlots)
        {
            var q = slot.Question;
            var roll = random.Next(20);
            if (roll == 0) continue; // unanswered
            if (roll == 1 && q.NotApplicable) { answers[slot.Key] = Question.NotApplicableValue; continue; }
            if (roll == 2 && q.DontKnow) { answers[slot.Key] = Question.DontKnowValue; continue; }
            if (Method(slot) == ItemMethod.Share)
            {
                var ticked = q.Options.Where(_ => random.Next(2) == 0).Select(o => o.Value).ToList();
                if (ticked.Count > 0) answers[slot.Key] = string.Join(' ', ticked);
            }
            else if (Bands(slot) is { } bands) answers[slot.Key] = ValueIn(bands, random.Next(bands.Count), q);
            else answers[slot.Key] = q.Options[random.Next(q.Options.Length)].Value;
        }
        return answers;
    }

    /// <summary>A copy with one scored answer made strictly better, or null when <paramref name="key"/> cannot improve.</summary>
    public Dictionary<string, string>? Improve(Dictionary<string, string> answers, string key, Random random)
    {
        if (!answers.TryGetValue(key, out var current) || current is Question.NotApplicableValue or Question.DontKnowValue) return null;
        var slot = questionnaire.Slots.Single(s => s.Key == key);
        var q = slot.Question;
        string? better;
        if (Method(slot) == ItemMethod.Share)
        {
            var missing = q.Options.Select(o => o.Value).Except(current.Split(' ')).ToList();
            better = missing.Count == 0 ? null : current + " " + missing[random.Next(missing.Count)];
        }
        else if (Bands(slot) is { } bands)
        {
            var now = bands.First(b => b.Contains(double.Parse(current, System.Globalization.CultureInfo.InvariantCulture))).Score;
            var options = Enumerable.Range(0, bands.Count).Where(i => bands[i].Score > now).ToList();
            better = options.Count == 0 ? null : ValueIn(bands, options[random.Next(options.Count)], q);
        }
        else
        {
            var now = q.Options.First(o => o.Value == current).Score ?? -1;
            var options = q.Options.Where(o => o.Score > now).ToList();
            better = options.Count == 0 ? null : options[random.Next(options.Count)].Value;
        }
        if (better is null) return null;
        return new Dictionary<string, string>(answers) { [key] = better };
    }

    public QuestionnaireEvaluation Evaluate(Dictionary<string, string> answers)
    {
        var set = questionnaire.NewAnswers();
        foreach (var (key, value) in answers)
        {
            var slot = questionnaire.Slots.Single(s => s.Key == key);
            set[key] = slot.IsChoice || value is Question.NotApplicableValue or Question.DontKnowValue
                ? Value.String(value)
                : Value.Number(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        }
        return questionnaire.Evaluate(set, ScoringFixture.Today);
    }

    ItemMethod? Method(AnswerSlot slot) => questionnaire.Scorer!.Rules.Items.FirstOrDefault(i => i.Key == slot.Question.Key)?.Method;

    List<ScoreBand>? Bands(AnswerSlot slot) =>
        questionnaire.Scorer!.Rules.Items.FirstOrDefault(i => i.Key == slot.Question.Key && i.Method == ItemMethod.Bands)?.Bands.ToList();

    /// <summary>A value inside band <paramref name="index"/> and within the question's min and max.</summary>
    static string ValueIn(List<ScoreBand> bands, int index, Question q)
    {
        var (min, max) = (q.Number?.Min ?? 0, q.Number?.Max ?? 1000);
        var low = index == 0 ? min : bands[index - 1].Bound!.Value + (bands[index - 1].UpTo is not null ? 0.5 : 0);
        var high = bands[index].Below is { } below ? below - 0.5 : bands[index].UpTo ?? max;
        var value = Math.Clamp(Math.Round((low + high) / 2), min, max);
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
