namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>An answer a colleague changed after the preview: what it is now, by whom and when. Shown like the preview.</summary>
public sealed record WorkbookConflict(string Key, string Label, string Current, string? CurrentComment, string ChangedBy, DateTimeOffset ChangedAt);
