namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>What a valid upload would change, and the token to apply exactly that with (see <see cref="PreviewToken"/>).</summary>
/// <param name="Unchanged">Rows that match the current answer and toelichting.</param>
public sealed record WorkbookPreview(IReadOnlyList<PreviewedChange> Changes, int Unchanged, string Token);
