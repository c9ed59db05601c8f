using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// Reads a filled-in response workbook back: every problem located by sheet, row and column, or the changes it
/// would make to <c>current</c>, for the preview. Nothing is applied here; the caller applies the changes through
/// the form's own concurrency and audit path, and only when there are no problems.
/// </summary>
/// <remarks>
/// Checked in order, each stage only when the one before passed: the file (size, kind, zip), then its sheets and
/// columns together with whose file it is, then every row, and last the questionnaire's rules on the merged answers.
/// </remarks>
public static class ResponseWorkbookReader
{
    public const long MaxBytes = WorkbookFileCheck.MaxBytes;

    public static Result<WorkbookChanges> Read(byte[] content, string fileName, Questionnaire questionnaire,
        ResponseWorkbookHeader expected, IReadOnlyDictionary<string, CurrentAnswer> current, DateOnly today)
    {
        var at = new Location(File: fileName);
        if (WorkbookFileCheck.Check(content, at) is { } refused) return Result<WorkbookChanges>.Failure(refused);
        if (UploadedWorkbook.Open(content) is not { } book) return Result<WorkbookChanges>.Failure(ResponseWorkbookProblems.CorruptWorkbook(at));

        var problems = new List<Problem>();
        var sheet = ColumnCheck.Run(book, fileName, problems);
        HeaderCheck.Run(book, expected, fileName, problems);
        if (problems.Count > 0) return Result<WorkbookChanges>.Failure(problems);

        var uploaded = new ResponseRowReader(questionnaire, sheet!, fileName, problems).Read();
        AnswerRulesCheck.Run(questionnaire, uploaded, current, today, problems);
        if (problems.Count > 0) return Result<WorkbookChanges>.Failure(InSheetOrder(problems));
        return Result<WorkbookChanges>.Success(ChangeList.Of(uploaded, current));
    }

    static IEnumerable<Problem> InSheetOrder(List<Problem> problems) => problems
        .OrderBy(p => p.At.Row ?? 0)
        .ThenBy(p => Array.FindIndex(ResponseSheet.Columns, c => c.Header == p.At.Column));
}
