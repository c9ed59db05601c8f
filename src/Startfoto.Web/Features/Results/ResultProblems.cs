using Startfoto.Domain.Problems;

namespace Startfoto.Web.Features.Results;

/// <summary>Problems with an override: stable codes, Dutch messages under the field they are about.</summary>
public static class ResultProblems
{
    public static Problem MotivationRequired() =>
        new("RES001", "Geef een motivatie: waarom wijkt de intensiteit af van de berekende? De gemeente en OZJ lezen die.", new Location(Key: "motivation"));

    public static Problem MotivationTooLong(int max) =>
        new("RES002", $"De motivatie is te lang: ten hoogste {max} tekens.", new Location(Key: "motivation"));

    public static Problem UnknownTier(string? tier, IEnumerable<string> tiers) =>
        new("RES003", (string.IsNullOrWhiteSpace(tier) ? "Kies een intensiteit" : $"'{tier}' is geen intensiteit; kies er een")
            + $" uit: {string.Join(", ", tiers)}.", new Location(Key: "tier"));

    public static Problem SameTier(string tier) =>
        new("RES004", $"De intensiteit is al '{tier}'; kies een andere.", new Location(Key: "tier"));

    public static Problem NoCurrentResult(string state) =>
        new("RES005", $"Er is geen actuele uitslag om aan te passen ({state}); probeer het opnieuw zodra de uitslag er is.", new Location(Key: "status"));
}
