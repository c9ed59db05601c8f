namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>What applying a previewed upload did: the number of answers changed, or the conflicts that stopped it all.</summary>
public sealed record WorkbookApplied(int Applied, IReadOnlyList<WorkbookConflict> Conflicts)
{
    public bool HasConflicts => Conflicts.Count > 0;
}
