using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using C = Startfoto.Infrastructure.Questionnaires.XlsForm.XlsFormColumns;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// Moves what <see cref="QuestionnaireCompiler"/> reports at a question key to the sheet, row and column the author
/// edits ("survey, rij 7, kolom calculation, positie 3"). The position inside an expression is kept. A key not found
/// in a sheet (a per-theme conversation slot) keeps its key; a place in the scoring rules goes to <see cref="ScoringSheetRows"/>.
/// </summary>
sealed class CompileProblemLocator(QuestionnaireDefinition definition, string file, XlsFormSheet survey, Dictionary<string, int> surveyRows,
    XlsFormSheet? conversation, Dictionary<string, int> conversationRows, XlsFormSheet? settings, int? settingsRow, ScoringSheetRows? scoring)
{
    HashSet<Problem>? withoutConditions;

    public IEnumerable<Problem> Locate(IEnumerable<Problem> problems) => problems.Select(Locate);

    Problem Locate(Problem problem)
    {
        if (problem.At.Key is not { } key) return problem;
        if (scoring is not null && key.StartsWith("scoring", StringComparison.Ordinal)) return scoring.Locate(problem);
        if (key == "key" && settings is not null && settingsRow is { } row)
            return problem with { At = settings.At(row, C.FormId) };
        var (sheet, line) = surveyRows.TryGetValue(key, out var r) ? (survey, r)
            : conversation is not null && conversationRows.TryGetValue(key, out var c) ? (conversation, c) : (null, 0);
        if (sheet is null) return problem;
        var at = sheet.At(line, ColumnOf(problem, key));
        return problem with { At = at with { Span = problem.At.Span } };
    }

    string ColumnOf(Problem problem, string key) => problem.Code switch
    {
        "Q007" or "Q010" => C.Name,
        "Q008" => C.Theme,
        "Q009" or "Q013" or "Q015" => C.Type,
        "Q011" => C.Min,
        "Q012" => C.Calculation,
        "Q014" => C.Weight,
        _ => ExpressionColumn(problem, key),
    };

    /// <summary>
    /// Which expression of the question the problem is in. With one expression that is clear; a question with both a
    /// relevant and a constraint is compiled once more without conditions: a problem that stays is the constraint's.
    /// </summary>
    string ExpressionColumn(Problem problem, string key)
    {
        var question = definition.Questions.Concat(definition.Conversation.PerTheme).Concat(definition.Conversation.General)
            .FirstOrDefault(q => q.Key == key);
        if (question is null) return C.Relevant; // a section: its only expression is its relevant
        if (question.Type == QuestionType.Calculated)
            return question.VisibleWhen is null || InVariant(problem) ? C.Calculation : C.Relevant;
        if (question.Constraint is null) return C.Relevant;
        if (question.VisibleWhen is null) return C.Constraint;
        return InVariant(problem) ? C.Constraint : C.Relevant;
    }

    bool InVariant(Problem problem)
    {
        withoutConditions ??= [.. QuestionnaireCompiler.Compile(WithoutConditions(definition), file).Problems];
        return withoutConditions.Contains(problem);
    }

    static QuestionnaireDefinition WithoutConditions(QuestionnaireDefinition d) => d with
    {
        Sections = [.. d.Sections.Select(s => s with { VisibleWhen = null, Questions = [.. s.Questions.Select(q => q with { VisibleWhen = null })] })],
        Conversation = new ConversationFields(
            [.. d.Conversation.PerTheme.Select(q => q with { VisibleWhen = null })],
            [.. d.Conversation.General.Select(q => q with { VisibleWhen = null })]),
    };
}
