using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using P = Startfoto.Infrastructure.Excel.Responses.ResponseWorkbookProblems;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// The rows of the sheet "Vragenlijst": each key must be a respondent slot, once; each Antwoord cell must fit its
/// question and a toelichting is only taken where the question asks for one. A blank row is skipped; a row that is
/// left out changes nothing.
/// </summary>
sealed class ResponseRowReader(Questionnaire questionnaire, SheetRows sheet, string file, List<Problem> problems)
{
    readonly int key = sheet.ColumnOf(ResponseSheet.Key), answer = sheet.ColumnOf(ResponseSheet.Answer),
        comment = sheet.ColumnOf(ResponseSheet.Comment);

    public List<UploadedAnswer> Read()
    {
        var answers = new List<UploadedAnswer>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var text = CellText.Of(row[key]).Trim();
            Location At(string column) => new(File: file, Sheet: ResponseSheet.Name, Row: row.Number, Column: column, Key: text.Length > 0 ? text : null);
            if (text.Length == 0)
            {
                if (!CellText.IsBlank(row[answer]) || !CellText.IsBlank(row[comment])) problems.Add(P.MissingKey(At(ResponseSheet.Key)));
                continue;
            }
            var (slot, refused) = Find(text, At(ResponseSheet.Key));
            if (refused is not null)
            {
                problems.Add(refused);
                continue;
            }
            if (firstRow.TryGetValue(text, out var first))
            {
                problems.Add(P.DuplicateKey(text, first, At(ResponseSheet.Key)));
                continue;
            }
            firstRow.Add(text, row.Number);
            answers.Add(Answer(slot!, row, At));
        }
        return answers;
    }

    UploadedAnswer Answer(AnswerSlot slot, SheetRow row, Func<string, Location> at)
    {
        var value = AnswerCellReader.Read(slot, row[answer], at(ResponseSheet.Answer), problems);
        var note = CellText.IsBlank(row[comment]) ? null : CellText.Of(row[comment], AnswerDisplay.Dutch);
        if (note is not null && !slot.Question.AllowComment) problems.Add(P.CommentNotAllowed(at(ResponseSheet.Comment)));
        return new UploadedAnswer(row.Number, slot, value, note, CellText.Of(row[answer], AnswerDisplay.Dutch).Trim(), file);
    }

    /// <summary>The respondent slot a key names, or why the row is refused.</summary>
    (AnswerSlot? Slot, Problem? Refused) Find(string text, Location at)
    {
        if (!questionnaire.TryFind(text, out var slot))
            return (null, questionnaire.Definition.Questions.FirstOrDefault(q => q.Key == text && q.Type == QuestionType.Matrix) is { Rows: [var first, ..] }
                ? P.MatrixKey(text, first.Key, at)
                : P.UnknownKey(text, at));
        if (slot.IsCalculated) return (null, P.CalculatedKey(text, at));
        return slot.IsConversation ? (null, P.ConversationKey(text, at)) : (slot, null);
    }
}
