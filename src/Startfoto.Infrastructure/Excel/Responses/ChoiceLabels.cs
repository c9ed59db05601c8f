using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// The options of one slot as a respondent reads them: a choice's options, then n.v.t. and weet niet when the
/// question offers them (also on a number, date or text question). A cell may hold the label or the option value.
/// </summary>
sealed class ChoiceLabels
{
    public const string NotApplicableLabel = "Niet van toepassing", DontKnowLabel = "Weet niet";

    // "n.v.t." is how the form and the guidance write it; accepted as well as the label.
    const string NotApplicableShort = "n.v.t.";

    readonly List<(string Value, string Label)> options = [];
    readonly int specialsFrom;

    public ChoiceLabels(AnswerSlot slot)
    {
        var question = slot.Question;
        if (slot.IsChoice) options.AddRange(question.Options.Select(o => (o.Value, o.Label)));
        specialsFrom = options.Count;
        if (question.NotApplicable) options.Add((Question.NotApplicableValue, NotApplicableLabel));
        if (question.DontKnow) options.Add((Question.DontKnowValue, DontKnowLabel));
    }

    public IEnumerable<string> Labels => options.Select(o => o.Label);

    public IEnumerable<string> SpecialLabels => options.Skip(specialsFrom).Select(o => o.Label);

    public bool HasSpecials => options.Count > specialsFrom;

    /// <summary>The option's label, or the value itself when it is no option (an answer of an older version).</summary>
    public string LabelOf(string value) => options.FirstOrDefault(o => o.Value == value).Label ?? value;

    /// <summary>The option a cell names, trimmed and case-insensitive; labels are matched before values, so a label wins over a value that reads the same.</summary>
    public string? ValueOf(string text)
    {
        var trimmed = text.Trim();
        foreach (var o in options) if (string.Equals(o.Label.Trim(), trimmed, StringComparison.OrdinalIgnoreCase)) return o.Value;
        foreach (var o in options) if (string.Equals(o.Value, trimmed, StringComparison.OrdinalIgnoreCase)) return o.Value;
        if (string.Equals(trimmed, NotApplicableShort, StringComparison.OrdinalIgnoreCase)
            && options.Any(o => o.Value == Question.NotApplicableValue)) return Question.NotApplicableValue;
        return null;
    }

    /// <summary>The special option (n.v.t., weet niet) a cell names, or null.</summary>
    public string? SpecialValueOf(string text) =>
        ValueOf(text) is { } value && options.FindIndex(o => o.Value == value) >= specialsFrom ? value : null;

    /// <summary>Option values in the definition's order: a multiple choice compares and is stored that way.</summary>
    public int OrderOf(string value) => options.FindIndex(o => o.Value == value);
}
