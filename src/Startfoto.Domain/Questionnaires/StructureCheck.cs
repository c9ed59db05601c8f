using System.Text.RegularExpressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// Checks what a definition means apart from its expressions: unique keys, known themes, options where a type
/// needs them, sane number bounds. Every problem is located at the question key.
/// </summary>
public static partial class StructureCheck
{
    public static IReadOnlyList<Problem> Run(QuestionnaireDefinition d, string file)
    {
        var problems = new List<Problem>();
        var at = (string key) => new Location(File: file, Key: key);
        if (!ValidKey().IsMatch(d.Key)) problems.Add(QuestionnaireProblems.InvalidKey(d.Key, at("key")));

        var themes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in d.Themes)
            if (!themes.Add(t.Key)) problems.Add(QuestionnaireProblems.DuplicateKey(t.Key, at(t.Key)));

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in d.Sections)
            if (!keys.Add(s.Key)) problems.Add(QuestionnaireProblems.DuplicateKey(s.Key, at(s.Key)));
        foreach (var q in d.Questions)
        {
            if (!ValidKey().IsMatch(q.Key)) problems.Add(QuestionnaireProblems.InvalidKey(q.Key, at(q.Key)));
            if (!keys.Add(q.Key)) problems.Add(QuestionnaireProblems.DuplicateKey(q.Key, at(q.Key)));
            problems.AddRange(CheckQuestion(q, themes, at(q.Key)));
        }
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in d.Conversation.PerTheme.Concat(d.Conversation.General))
        {
            if (!ValidKey().IsMatch(q.Key)) problems.Add(QuestionnaireProblems.InvalidKey(q.Key, at(q.Key)));
            if (!fields.Add(q.Key)) problems.Add(QuestionnaireProblems.DuplicateKey(q.Key, at(q.Key)));
            problems.AddRange(CheckQuestion(q, themes, at(q.Key)));
        }
        return problems;
    }

    static IEnumerable<Problem> CheckQuestion(Question q, HashSet<string> themes, Location at)
    {
        if (q.Theme is { } theme && !themes.Contains(theme)) yield return QuestionnaireProblems.UnknownTheme(theme, at);
        if (q.Weight <= 0 || double.IsNaN(q.Weight)) yield return QuestionnaireProblems.InvalidWeight(at);
        if (q.HasChoices && q.Options.IsEmpty) yield return QuestionnaireProblems.MissingOptions(q.Type.ToString(), at);
        if (q.Type == QuestionType.Matrix && q.Rows.IsEmpty) yield return QuestionnaireProblems.MissingRows(at);
        if (q.Type == QuestionType.Calculated && string.IsNullOrWhiteSpace(q.Calculation)) yield return QuestionnaireProblems.MissingCalculation(at);
        if (q.Number is { Min: { } min, Max: { } max } && min > max) yield return QuestionnaireProblems.MinAboveMax(at);
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in q.AllowedValues())
            if (!values.Add(v)) yield return QuestionnaireProblems.DuplicateOption(v, at);
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in q.Rows)
            if (!rows.Add(r.Key)) yield return QuestionnaireProblems.DuplicateKey($"{q.Key}.{r.Key}", at);
    }

    // XLSForm names are XML names; we also allow '.', which keeps "rw.afbakening" readable and exportable.
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$")]
    private static partial Regex ValidKey();
}
