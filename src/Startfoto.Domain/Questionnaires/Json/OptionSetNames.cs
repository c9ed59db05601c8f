using System.Collections.Immutable;

namespace Startfoto.Domain.Questionnaires.Json;

/// <summary>
/// The option lists that more than one question offers, each named after the first question that uses it (as the
/// XLSForm export names its choice lists); a list that only one question offers stays inline.
/// </summary>
sealed class OptionSetNames
{
    readonly List<(string Name, ImmutableArray<ChoiceOption> Options)> sets = [];

    public IReadOnlyList<(string Name, ImmutableArray<ChoiceOption> Options)> Sets => sets;

    public string? NameOf(ImmutableArray<ChoiceOption> options) =>
        sets.FirstOrDefault(s => s.Options.SequenceEqual(options)).Name;

    public static OptionSetNames Of(QuestionnaireDefinition definition)
    {
        var uses = new List<(Question First, ImmutableArray<ChoiceOption> Options, int Count)>();
        var questions = definition.Questions.Concat(definition.Conversation.PerTheme).Concat(definition.Conversation.General);
        foreach (var q in questions.Where(q => !q.Options.IsEmpty))
        {
            var i = uses.FindIndex(u => u.Options.SequenceEqual(q.Options));
            if (i < 0) uses.Add((q, q.Options, 1));
            else uses[i] = uses[i] with { Count = uses[i].Count + 1 };
        }
        var names = new OptionSetNames();
        foreach (var (first, options, _) in uses.Where(u => u.Count > 1))
        {
            var name = first.Key;
            for (var n = 2; names.sets.Any(s => s.Name == name); n++) name = $"{first.Key}_{n}";
            names.sets.Add((name, options));
        }
        return names;
    }
}
