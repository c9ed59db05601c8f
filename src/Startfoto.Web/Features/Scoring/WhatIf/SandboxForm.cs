using System.Collections.Immutable;
using Startfoto.Domain.Scoring;

namespace Startfoto.Web.Features.Scoring.WhatIf;

/// <summary>
/// What the sandbox lets OZJ and the Beheerder change: the minimum coverage, the need thresholds and the tier rules;
/// item rules and floors stay as they are. Field names are the keys problems are located at ("scoring.needs[1]").
/// </summary>
public sealed class SandboxForm
{
    public double MinCoveragePercent { get; set; }

    /// <summary>"From" of geen, licht and matig; hoog always starts at 0.</summary>
    public double[] From { get; set; } = [70, 50, 30];

    public List<RuleRow> Rules { get; set; } = [];

    public string Otherwise { get; set; } = "";

    public sealed class RuleRow
    {
        public string Tier { get; set; } = "";
        public string When { get; set; } = "";
        public string? Description { get; set; }
        public string? Flag { get; set; }
    }

    public static SandboxForm Of(ScoringRules rules) => new()
    {
        MinCoveragePercent = Math.Round(rules.MinCoverage * 100, 1),
        From = [.. rules.Needs.Take(3).Select(n => n.From)],
        Rules = [.. rules.Tier.Rules.Select(r => new RuleRow { Tier = r.Tier, When = r.When, Description = r.Description, Flag = r.Flag })],
        Otherwise = rules.Tier.Otherwise,
    };

    public ScoringRules ApplyTo(ScoringRules basis) => basis with
    {
        MinCoverage = MinCoveragePercent / 100,
        Needs = [.. Needs.All.Select((need, i) => new NeedThreshold(need, i < From.Length ? From[i] : 0))],
        Tier = basis.Tier with
        {
            Rules = [.. Rules.Select(r => new TierRule(r.Tier, r.When.Trim(), Blank(r.Description), Blank(r.Flag)))],
            Otherwise = Otherwise,
        },
    };

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string NeedField(int index) => $"scoring.needs[{index}]";

    public static string RuleField(int index) => $"scoring.tier.rules[{index}].when";

    public static string TierField(int index) => $"scoring.tier.rules[{index}].tier";

    public static readonly ImmutableArray<string> NeedLabels = ["Geen behoefte vanaf score", "Licht vanaf score", "Matig vanaf score"];
}
