using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>One row of an upload whose key is a respondent slot.</summary>
/// <param name="Value">Null when the Antwoord cell could not be read; that problem is reported already.</param>
/// <param name="Text">The Antwoord cell as the user sees it, to quote in a message.</param>
sealed record UploadedAnswer(int Row, AnswerSlot Slot, Value? Value, string? Comment, string Text, string File)
{
    public Location At(string column) => new(File: File, Sheet: ResponseSheet.Name, Row: Row, Column: column, Key: Slot.Key);
}
