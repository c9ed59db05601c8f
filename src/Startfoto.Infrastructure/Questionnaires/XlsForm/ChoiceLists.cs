using System.Collections.Immutable;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// The choices sheet: options by list name, in sheet order. The options "nvt" and "weet_niet" are our n.v.t. and
/// weet niet: a question using the list offers them as <see cref="Question.NotApplicable"/> and <see cref="Question.DontKnow"/>.
/// </summary>
sealed class ChoiceLists(Dictionary<string, List<ChoiceOption>> lists)
{
    public sealed record Choices(ImmutableArray<ChoiceOption> Options, bool NotApplicable, bool DontKnow);

    public Choices? Find(string list)
    {
        if (!lists.TryGetValue(list, out var all)) return null;
        return new Choices(
            [.. all.Where(o => o.Value is not (Question.NotApplicableValue or Question.DontKnowValue))],
            all.Any(o => o.Value == Question.NotApplicableValue),
            all.Any(o => o.Value == Question.DontKnowValue));
    }

    public static ChoiceLists Read(XlsFormSheet? sheet, string? defaultLanguage, List<Problem> problems)
    {
        var lists = new Dictionary<string, List<ChoiceOption>>(StringComparer.Ordinal);
        if (sheet is null || sheet.Headers.IsEmpty) return new ChoiceLists(lists);
        ColumnCheck.Run(sheet, XlsFormColumns.Choices, problems);
        foreach (var column in new[] { XlsFormColumns.ListName, XlsFormColumns.Name })
            if (!sheet.Has(column) && sheet.DataRows.Any()) problems.Add(XlsFormProblems.MissingColumn(column, sheet.At(1)));
        var label = XlsFormLanguage.Pick(sheet, XlsFormColumns.Label, defaultLanguage);
        foreach (var row in sheet.DataRows)
        {
            var cells = new CellReader(sheet, row, problems);
            var list = cells.Text(XlsFormColumns.ListName);
            var name = cells.Text(XlsFormColumns.Name);
            if (list is null || name is null)
            {
                problems.Add(XlsFormProblems.MissingCell(list is null ? XlsFormColumns.ListName : XlsFormColumns.Name,
                    cells.At(list is null ? XlsFormColumns.ListName : XlsFormColumns.Name)));
                continue;
            }
            var text = cells.Text(label);
            if (text is null) problems.Add(XlsFormProblems.MissingCell(XlsFormColumns.Label, label >= 0 ? sheet.At(row, label) : cells.At(XlsFormColumns.Label)));
            var option = new ChoiceOption(name, text ?? "", cells.Text(XlsFormColumns.Description), cells.Number(XlsFormColumns.Score));
            if (!lists.TryGetValue(list, out var options)) lists[list] = options = [];
            options.Add(option);
        }
        return new ChoiceLists(lists);
    }
}
