using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Row = System.Collections.Generic.Dictionary<string, object?>;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// Writes one response as a workbook to fill in offline: a row per question with its current answer (see
/// <see cref="ResponseSheet"/>), the sheet "Over dit bestand", and the option labels on a hidden sheet for the
/// drop-down lists. MiniExcel writes the values; <see cref="ResponseSheetFinish"/> adds what MiniExcel cannot.
/// </summary>
public static class ResponseWorkbookWriter
{
    public static byte[] Write(Questionnaire questionnaire, ResponseWorkbookHeader header, IReadOnlyDictionary<string, CurrentAnswer> current)
    {
        var sections = questionnaire.Definition.Sections.ToDictionary(s => s.Key, s => s.Title, StringComparer.Ordinal);
        var lists = new OptionLists();
        var rows = new List<Row>();
        var layout = new List<RowLayout>();
        foreach (var slot in ResponseSheet.Rows(questionnaire))
        {
            var answer = current.GetValueOrDefault(slot.Key);
            rows.Add(new Row
            {
                [ResponseSheet.Key] = slot.Key,
                [ResponseSheet.Section] = slot.Section is { } s ? sections.GetValueOrDefault(s, s) : null,
                [ResponseSheet.Question] = ResponseSheet.QuestionText(slot),
                [ResponseSheet.Help] = slot.Question.Help,
                [ResponseSheet.Allowed] = AllowedValuesText.For(slot),
                [ResponseSheet.Answer] = answer is null ? null : Cell(slot, answer.Value),
                [ResponseSheet.Comment] = answer?.Comment,
            });
            // A multiple choice has no list validation: Excel's lists take one value per cell.
            layout.Add(new RowLayout(slot.Question.AllowComment, slot.Type == AnswerType.SelectOne ? lists.RangeFor(slot) : null));
        }

        var sheets = new Dictionary<string, object>
        {
            [ResponseSheet.Name] = rows,
            [AboutSheet.Name] = AboutSheet.Rows(header).Select(r => new Row { [AboutSheet.LabelHeader] = r.Label, [AboutSheet.ValueHeader] = r.Value }).ToList(),
        };
        if (lists.Count > 0) sheets[OptionLists.SheetName] = lists.Rows();

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true, EnableWriteNullValueCell = true });
        return ResponseSheetFinish.Apply(stream.ToArray(), header, layout);
    }

    /// <summary>
    /// A number as a number cell, so Excel can check and sum it; everything else as the text the form shows. MiniExcel
    /// writes a string as a value without a formula, so an answer like "=1+1" stays text in Excel too.
    /// </summary>
    static object? Cell(AnswerSlot slot, Value value) => value switch
    {
        { IsEmpty: true } => null,
        { Kind: ValueKind.Number } => value.ToNumber(),
        _ => AnswerDisplay.Format(slot, value),
    };
}
