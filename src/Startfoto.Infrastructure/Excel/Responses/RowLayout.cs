namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>What the finishing pass needs of one written row.</summary>
/// <param name="ListRange">The labels of its drop-down list on the hidden sheet, like 'Keuzelijsten'!$A$2:$A$6; null: no list.</param>
sealed record RowLayout(bool CommentAllowed, string? ListRange);
