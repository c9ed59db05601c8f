using Startfoto.Domain.Scoring;

namespace Startfoto.Web.Features.Results;

/// <summary>A stored result with the whole <see cref="ScoreResult"/>: themes, item contributions, tier rules, explanation.</summary>
public sealed record StoredResult(long Id, int RulesVersion, string Trigger, DateTimeOffset ComputedAt, ScoreResult Result);
