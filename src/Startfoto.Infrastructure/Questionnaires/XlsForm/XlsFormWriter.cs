using MiniExcelLibs;
using Startfoto.Domain.Questionnaires;
using C = Startfoto.Infrastructure.Questionnaires.XlsForm.XlsFormColumns;
using Row = System.Collections.Generic.Dictionary<string, object?>;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// Writes any definition as an XLSForm workbook that <see cref="XlsFormReader"/> reads back to the same definition:
/// sections as groups, our types in startfoto_type, option scores and number rules in extension columns, themes, the
/// conversation fields and the scoring rules in their own sheets. Labels are written in the column label::Nederlands (nl).
/// </summary>
public static class XlsFormWriter
{
    static readonly string LabelColumn = $"{C.Label}::{XlsFormLanguage.Dutch}", HintColumn = $"{C.Hint}::{XlsFormLanguage.Dutch}",
        MessageColumn = $"{C.ConstraintMessage}::{XlsFormLanguage.Dutch}";

    static readonly string[] SurveyColumns = [C.Type, C.Name, LabelColumn, HintColumn, C.Required, C.Relevant, C.Constraint, MessageColumn,
        C.Calculation, C.Appearance, C.StartfotoType, C.Theme, C.Weight, C.Min, C.Max, C.Decimals, C.Unit, C.NotApplicable, C.DontKnow,
        C.Comment, C.Shareable];

    public static byte[] Write(QuestionnaireDefinition definition)
    {
        var lists = new ChoiceListNames();
        var survey = new List<Row>();
        foreach (var section in definition.Sections)
        {
            survey.Add(New(SurveyColumns, (C.Type, "begin group"), (C.Name, section.Key), (LabelColumn, section.Title),
                (HintColumn, section.Description), (C.Relevant, section.VisibleWhen)));
            foreach (var question in section.Questions) survey.AddRange(QuestionRows(question, lists));
            survey.Add(New(SurveyColumns, (C.Type, "end group"), (C.Name, section.Key)));
        }
        var conversation = definition.Conversation.PerTheme.Select(q => (Scope: "perTheme", Question: q))
            .Concat(definition.Conversation.General.Select(q => (Scope: "general", Question: q)))
            .Select(f => Merge(New([C.Scope], (C.Scope, f.Scope)), QuestionRows(f.Question, lists).Single())).ToList();

        var sheets = new Dictionary<string, object> { [XlsFormReader.Survey] = survey };
        string[] choiceColumns = [C.ListName, C.Name, LabelColumn, C.Description, C.Score];
        var choices = lists.Lists.SelectMany(l => l.Options.Select(o =>
            New(choiceColumns, (C.ListName, l.Name), (C.Name, o.Value), (LabelColumn, o.Label), (C.Description, o.Description), (C.Score, o.Score)))).ToList();
        if (choices.Count > 0) sheets[XlsFormReader.Choices] = choices;
        sheets[XlsFormReader.Settings] = new List<Row>
        {
            New([C.FormTitle, C.FormId, C.Version, C.DefaultLanguage, C.Kind, C.Level, C.Description],
                (C.FormTitle, definition.Title), (C.FormId, definition.Key), (C.Version, definition.Version),
                (C.DefaultLanguage, XlsFormLanguage.Dutch), (C.Kind, XlsFormSettings.CamelCase(definition.Kind)),
                (C.Level, XlsFormSettings.CamelCase(definition.Level)), (C.Description, definition.Description)),
        };
        if (!definition.Themes.IsEmpty)
            sheets[ExtensionSheets.Themes] = definition.Themes
                .Select(t => New([C.Key, C.Title, C.Description], (C.Key, t.Key), (C.Title, t.Title), (C.Description, t.Description))).ToList();
        if (conversation.Count > 0) sheets[ExtensionSheets.Conversation] = conversation;
        if (definition.Scoring is { } scoring) sheets[ExtensionSheets.Scoring] = ScoringSheetWriter.Rows(scoring);

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    static IEnumerable<Row> QuestionRows(Question q, ChoiceListNames lists)
    {
        var list = q.HasChoices ? lists.NameFor(q) : null;
        var row = New(SurveyColumns,
            (C.Type, QuestionTypes.XlsFormType(q, list)), (C.Name, q.Key), (LabelColumn, q.Label), (HintColumn, q.Help),
            (C.Required, Yes(q.Required)), (C.Relevant, q.VisibleWhen), (C.Constraint, q.Constraint), (MessageColumn, q.ConstraintMessage),
            (C.Calculation, q.Calculation), (C.StartfotoType, QuestionTypes.StartfotoType(q.Type)), (C.Theme, q.Theme),
            (C.Weight, q.Weight == 1 ? null : q.Weight), (C.Comment, Yes(q.AllowComment)), (C.Shareable, Yes(q.Shareable)),
            (C.Appearance, q.Type switch { QuestionType.LongText => "multiline", QuestionType.Matrix => "table-list", _ => null }));
        if (q.Number is { } rules)
        {
            (row[C.Min], row[C.Max], row[C.Decimals], row[C.Unit]) = (rules.Min, rules.Max, rules.Decimals, rules.Unit);
        }
        if (!q.HasChoices) (row[C.NotApplicable], row[C.DontKnow]) = (Yes(q.NotApplicable), Yes(q.DontKnow));
        yield return row;
        if (q.Type != QuestionType.Matrix) yield break;
        foreach (var matrixRow in q.Rows)
            yield return New(SurveyColumns, (C.Type, $"select_one {list}"), (C.Name, matrixRow.Key), (LabelColumn, matrixRow.Label));
        yield return New(SurveyColumns, (C.Type, "end group"), (C.Name, q.Key));
    }

    static string? Yes(bool value) => value ? "yes" : null;

    /// <summary>A row with every column of its sheet, in order: MiniExcel takes the header from the first row.</summary>
    internal static Row New(string[] columns, params (string Column, object? Value)[] values)
    {
        var row = new Row(columns.Length);
        foreach (var column in columns) row[column] = null;
        foreach (var (column, value) in values) row[column] = value;
        return row;
    }

    static Row Merge(Row first, Row second)
    {
        foreach (var (column, value) in second) first[column] = value;
        return first;
    }
}
