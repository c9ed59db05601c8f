using Startfoto.Domain.Problems;
using P = Startfoto.Infrastructure.Excel.Responses.ResponseWorkbookProblems;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>The sheet "Vragenlijst" with the columns an upload needs, found by header text wherever they are.</summary>
static class ColumnCheck
{
    /// <summary>The sheet, or null with every missing sheet and column reported.</summary>
    public static SheetRows? Run(UploadedWorkbook book, string file, List<Problem> problems)
    {
        if (book.Questions is not { } sheet)
        {
            problems.Add(P.MissingSheet(ResponseSheet.Name, book.SheetNames, new Location(File: file, Sheet: ResponseSheet.Name)));
            return null;
        }
        var missing = ResponseSheet.Required.Where(c => sheet.ColumnOf(c) < 0).ToList();
        foreach (var column in missing)
            problems.Add(P.MissingColumn(column, new Location(File: file, Sheet: ResponseSheet.Name, Row: 1, Column: column)));
        return missing.Count == 0 ? sheet : null;
    }
}
