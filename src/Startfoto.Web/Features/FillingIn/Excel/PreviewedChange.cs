namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>One answer an upload would change, as the preview shows it: option labels and Dutch numbers, not values.</summary>
/// <param name="Row">The row of the sheet Vragenlijst it comes from.</param>
public sealed record PreviewedChange(string Key, string Label, int Row, string Old, string New, string? OldComment, string? NewComment);
