using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Scoring;

namespace Startfoto.Benchmarks;

/// <summary>
/// Varied, realistic answer sets for the shipped startfoto.json, as stored responses hold them: each gemeente has its
/// own level of development (1–4, most between 2 and 3.5), each theme its own offset from it and each answer some noise;
/// scored options are chosen near that level, multiple choice ticks more options the further along, numbers fall in
/// plausible ranges; about 3% n.v.t., 5% weet niet and 3% left open where offered; answers to questions that end up
/// hidden (a gate answered 'nee') are kept, as a stored response keeps them. Deterministic for a seed.
/// </summary>
public static class StartfotoResponses
{
    public static Value[][] Generate(Questionnaire questionnaire, int count, int seed = 2028)
    {
        var random = new Random(seed);
        var themes = questionnaire.Definition.Themes.Select(t => t.Key).ToList();
        var scoredByTicks = questionnaire.Definition.Scoring?.Items.Where(i => i.Method is ItemMethod.Share or ItemMethod.OptionSum)
            .Select(i => i.Key).ToHashSet() ?? [];
        var responses = new Value[count][];
        for (var r = 0; r < count; r++)
        {
            var level = Math.Clamp(Normal(random, 2.7, 0.55), 1, 4);
            var offsets = themes.Select(_ => Normal(random, 0, 0.45)).ToArray();
            var values = new Value[questionnaire.Slots.Length];
            foreach (var slot in questionnaire.Slots)
            {
                if (slot.IsCalculated || slot.IsConversation) continue;
                var question = slot.Question;
                var theme = question.Theme is { } key ? themes.IndexOf(key) : -1;
                var x = level + (theme >= 0 ? offsets[theme] : 0) + Normal(random, 0, 0.6);
                values[slot.Slot] = Special(random, question) ?? Answer(random, slot, x, scoredByTicks.Contains(question.Key));
            }
            responses[r] = values;
        }
        return responses;
    }

    static Value? Special(Random random, Question question)
    {
        var p = random.NextDouble();
        if (question.NotApplicable && p < 0.03) return Text(Question.NotApplicableValue);
        if (question.DontKnow && p is >= 0.03 and < 0.08) return Text(Question.DontKnowValue);
        return question.Required && p is >= 0.08 and < 0.11 ? Value.Empty : null;
    }

    /// <param name="x">Where this answer stands on the maturity scale 1–4.</param>
    /// <param name="scoredByTicks">A multiple choice scored by what is ticked (rw.basis), not one that asks a wish (rw.behoefte).</param>
    static Value Answer(Random random, AnswerSlot slot, double x, bool scoredByTicks)
    {
        var question = slot.Question;
        var target = Math.Clamp((x - 1) / 3 * 100, 0, 100);
        var options = question.Options;
        switch (question.Type)
        {
            case QuestionType.MultipleChoice when scoredByTicks:
                var ticked = options.Where(_ => random.NextDouble() < Math.Clamp(target / 100, 0.05, 0.95)).Select(o => o.Value);
                return Text(string.Join(' ', ticked));
            case QuestionType.MultipleChoice:
                return random.NextDouble() < 0.6 ? Value.Empty : Text(options[random.Next(options.Length)].Value);
            case QuestionType.SingleChoice or QuestionType.Maturity or QuestionType.YesPartlyNo or QuestionType.Matrix:
                return Text(options.All(o => o.Score is null)
                    ? options[random.Next(options.Length)].Value
                    : options.MinBy(o => Math.Abs(o.Score!.Value - target))!.Value);
            case QuestionType.Number or QuestionType.Percentage:
                return Value.Number(Math.Round(Number(random, question, x), question.Number?.Decimals ?? 0));
            case QuestionType.ShortText or QuestionType.LongText:
                return random.NextDouble() < 0.3 ? Text("Toelichting van de gemeente bij deze vraag.") : Value.Empty;
            default:
                return Value.Empty;
        }
    }

    static double Number(Random random, Question question, double x) => question.Key switch
    {
        "rw.bereik" => 6 + random.NextDouble() * 10,
        "lt.fte" => 1 + random.NextDouble() * 79,
        "lt.huisarts" => Math.Clamp(Normal(random, 30 * x - 20, 15), 0, 100),
        "zt.aantal" => random.NextDouble() < 0.12 ? 0 : 1 + random.Next(150),
        "fin.realisatie" => Math.Max(70, Normal(random, 118 - 6 * x, 8)),
        _ => (question.Number?.Min ?? 0) + random.NextDouble() * 10,
    };

    // Stored answers are read from the database, each its own string: not the definition's option string, which would
    // make every comparison a reference comparison.
    static Value Text(string text) => Value.String(new string(text.AsSpan()));

    static double Normal(Random random, double mean, double sd) =>
        mean + sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
