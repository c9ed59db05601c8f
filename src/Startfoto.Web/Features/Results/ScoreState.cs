namespace Startfoto.Web.Features.Results;

/// <summary>
/// Where a response's result stands: its current result (id, rules version, computed tier) when there is one, and the
/// final tier, which is the latest override made after the latest submission, else the computed tier. Without a current
/// result there is no tier: nothing stale is shown as current.
/// </summary>
public sealed record ScoreState(Guid ResponseId, ScoreStatus Status, long? ScoreId, int? RulesVersion, int? NewestRulesVersion,
    DateTimeOffset? ComputedAt, string? ComputedTier, string? FinalTier)
{
    public bool IsCurrent => Status == ScoreStatus.Current;

    public bool Overridden => IsCurrent && FinalTier != ComputedTier;
}
