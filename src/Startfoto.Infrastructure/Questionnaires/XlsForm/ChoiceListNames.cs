using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// One XLSForm choice list per distinct set of options, n.v.t. and weet niet included, named after the first question
/// that uses it. Questions that share options in the definition share a list in the workbook.
/// </summary>
sealed class ChoiceListNames
{
    public const string NotApplicableLabel = "Niet van toepassing", DontKnowLabel = "Weet niet";

    readonly Dictionary<string, string> byContent = new(StringComparer.Ordinal);
    readonly List<(string Name, List<ChoiceOption> Options)> lists = [];

    public IReadOnlyList<(string Name, List<ChoiceOption> Options)> Lists => lists;

    public string NameFor(Question question)
    {
        var options = question.Options.ToList();
        if (question.NotApplicable) options.Add(new ChoiceOption(Question.NotApplicableValue, NotApplicableLabel));
        if (question.DontKnow) options.Add(new ChoiceOption(Question.DontKnowValue, DontKnowLabel));
        var content = string.Join("\u0001", options.Select(o => $"{o.Value}\u0002{o.Label}\u0002{o.Description}\u0002{o.Score:R}"));
        if (byContent.TryGetValue(content, out var name)) return name;
        name = question.Key;
        for (var n = 2; lists.Any(l => l.Name == name); n++) name = $"{question.Key}_{n}";
        byContent.Add(content, name);
        lists.Add((name, options));
        return name;
    }
}
