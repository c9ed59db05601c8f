namespace Startfoto.Infrastructure.Data;

/// <summary>Where a rules version came from, as stored in scoring_rules_versions.source.</summary>
public static class ScoringRulesSource
{
    /// <summary>The "scoring" part of a registered definition.</summary>
    public const string Definition = "definitie";

    /// <summary>Published from the what-if sandbox by a Beheerder or OZJ.</summary>
    public const string WhatIf = "what-if";
}
