namespace Startfoto.Web.Features.FillingIn;

/// <summary>What a save did: every answer saved (all or nothing), or the conflicts that stopped it.</summary>
public sealed record SaveResult(IReadOnlyList<SavedAnswer> Saved, IReadOnlyList<AnswerConflict> Conflicts)
{
    public bool HasConflicts => Conflicts.Count > 0;
}
