using Startfoto.Domain.Expressions;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>One answer an uploaded workbook changes: what the preview shows and the caller applies.</summary>
/// <param name="Row">The Excel row it came from, to point at in the preview.</param>
public sealed record WorkbookChange(
    string Key,
    string Label,
    int Row,
    Value OldValue,
    Value NewValue,
    string? OldComment,
    string? NewComment)
{
    public bool ValueChanged => OldValue != NewValue;

    public bool CommentChanged => OldComment != NewComment;
}
