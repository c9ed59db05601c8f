using Startfoto.Web.Features.Results;

namespace Startfoto.Web.Features.Rounds;

/// <summary>A respondent's result in one line of the progress page: the needs counted and the final tier, when current.</summary>
/// <param name="Needs">"2× hoog, 1× matig, 4× geen"; null without a current result.</param>
public sealed record ScoreSummary(ScoreStatus Status, string State, string? Needs, string? ComputedTier, string? FinalTier, bool Overridden);
