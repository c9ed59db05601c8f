namespace Startfoto.Web.Features.Scoring;

/// <summary>Every rules version and every recompute run, newest first.</summary>
public sealed record ScoringOverview(IReadOnlyList<RulesVersionView> Rules, IReadOnlyList<RecomputationView> Recomputations);
