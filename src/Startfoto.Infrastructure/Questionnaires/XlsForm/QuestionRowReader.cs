using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using C = Startfoto.Infrastructure.Questionnaires.XlsForm.XlsFormColumns;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>One survey (or conversation) row → a question, with every cell that does not fit reported at its column.</summary>
sealed partial class QuestionRowReader(XlsFormSheet sheet, ChoiceLists lists, string? defaultLanguage, List<Problem> problems)
{
    /// <summary>An XLSForm decimal has no precision limit; ours always has one, so allow more digits than anyone types.</summary>
    public const int DefaultDecimals = 10;

    readonly int label = XlsFormLanguage.Pick(sheet, C.Label, defaultLanguage);
    readonly int hint = XlsFormLanguage.Pick(sheet, C.Hint, defaultLanguage);
    readonly int constraintMessage = XlsFormLanguage.Pick(sheet, C.ConstraintMessage, defaultLanguage);

    public CellReader Cells(XlsFormRow row) => new(sheet, row, problems);

    public string? Label(CellReader cells) => cells.Text(label);

    public string? Hint(CellReader cells) => cells.Text(hint);

    public Question? Read(XlsFormRow row, SurveyType type)
    {
        var cells = Cells(row);
        var name = cells.Text(C.Name);
        if (name is null) problems.Add(XlsFormProblems.MissingCell(C.Name, cells.At(C.Name)));
        var questionType = TypeOf(cells, type);
        ImmutableArray<ChoiceOption> options = [];
        var (na, dk) = (false, false);
        if (type.List is { } list)
        {
            if (lists.Find(list) is { } found) (options, na, dk) = (found.Options, found.NotApplicable, found.DontKnow);
            else problems.Add(XlsFormProblems.UnknownList(list, cells.At(C.Type)));
        }
        if (type.What != SurveyType.Kind.Calculate && cells.Text(C.Calculation) is not null)
            problems.Add(XlsFormProblems.UnsupportedColumn(C.Calculation, "alleen bij calculate; een berekende beginwaarde wordt niet ondersteund", cells.At(C.Calculation)));
        if (name is null || questionType is null) return null;
        return Common(cells, name, questionType.Value, type.What == SurveyType.Kind.Calculate) with
        {
            Options = options,
            Calculation = cells.Text(C.Calculation),
            Number = NumberRules(cells, type.What, questionType.Value),
            NotApplicable = na | cells.Boolean(C.NotApplicable),
            DontKnow = dk | cells.Boolean(C.DontKnow),
        };
    }

    /// <summary>What a question and a matrix (its begin group row) share: label, hint, rules, theme, weight.</summary>
    public Question Common(CellReader cells, string name, QuestionType type, bool labelOptional = false)
    {
        var text = cells.Text(label);
        if (text is null && !labelOptional) problems.Add(XlsFormProblems.MissingCell(C.Label, label >= 0 ? sheet.At(cells.Row, label) : cells.At(C.Label)));
        return new Question(name, type, text ?? "",
            Help: cells.Text(hint),
            Required: cells.Boolean(C.Required),
            Theme: cells.Text(C.Theme),
            Weight: cells.Number(C.Weight) ?? 1,
            VisibleWhen: cells.Text(C.Relevant),
            Constraint: cells.Text(C.Constraint),
            ConstraintMessage: cells.Text(constraintMessage),
            AllowComment: cells.Boolean(C.Comment),
            Shareable: cells.Boolean(C.Shareable));
    }

    /// <summary>The question type from type, startfoto_type and appearance; null (reported) when they disagree.</summary>
    public QuestionType? TypeOf(CellReader cells, SurveyType type)
    {
        var multiline = false;
        foreach (var token in (cells.Text(C.Appearance) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Equals("multiline", StringComparison.OrdinalIgnoreCase) && type.What == SurveyType.Kind.Text) multiline = true;
            else if (!DisplayOnly().IsMatch(token)) problems.Add(XlsFormProblems.UnsupportedAppearance(token, cells.At(C.Appearance)));
        }
        var fallback = QuestionTypes.Default(type.What, multiline);
        if (cells.Text(C.StartfotoType) is not { } text) return fallback;
        if (QuestionTypes.Parse(text) is not { } chosen)
        {
            problems.Add(XlsFormProblems.UnknownStartfotoType(text, QuestionTypes.Names, cells.At(C.StartfotoType)));
            return null;
        }
        if (QuestionTypes.Fits(type.What, chosen)) return chosen;
        problems.Add(XlsFormProblems.WrongStartfotoType(text, type.Text, cells.At(C.StartfotoType)));
        return null;
    }

    NumberRules? NumberRules(CellReader cells, SurveyType.Kind kind, QuestionType type)
    {
        var (min, max, decimals, unit) = (cells.Number(C.Min), cells.Number(C.Max), cells.Integer(C.Decimals), cells.Text(C.Unit));
        var any = min is not null || max is not null || decimals is not null || unit is not null;
        if (type is not (QuestionType.Number or QuestionType.Percentage))
        {
            foreach (var column in new[] { C.Min, C.Max, C.Decimals, C.Unit }.Where(c => cells.Text(c) is not null))
                problems.Add(XlsFormProblems.UnsupportedColumn(column, "alleen bij integer en decimal", cells.At(column)));
            return null;
        }
        if (kind == SurveyType.Kind.Integer && decimals > 0)
            problems.Add(XlsFormProblems.UnknownValue(C.Decimals, cells.Text(C.Decimals)!, ["0 (of gebruik type decimal)"], cells.At(C.Decimals)));
        if (type == QuestionType.Number && kind == SurveyType.Kind.Decimal) return new(min, max, decimals ?? DefaultDecimals, unit);
        return any ? new(min, max, decimals ?? 0, unit) : null;
    }

    // Appearances that only change how a question looks, not what is asked or stored; our pages render their own way.
    [GeneratedRegex(@"^(field-list|table-list|minimal|compact(-\d+)?|horizontal(-compact)?|likert|quick|columns(-pack|-\d+)?|no-buttons|label|list-nolabel|autocomplete|numbers|thousands-sep|w\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DisplayOnly();
}
