using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Scoring;

/// <summary>Problems storing a rules version: stable codes, Dutch messages that say how to fix them.</summary>
public static class ScoringRulesProblems
{
    public static Problem InvalidVersion(int version, Location at) =>
        new("SCR001", $"Regelversie {version} is ongeldig: 'scoring.version' is een geheel getal vanaf 1.", at);

    public static Problem Behind(string key, int version, int rules, int newest, Location at) =>
        new("SCR002", $"Regelversie {rules} van '{key}' versie {version} is lager dan de nieuwste opgeslagen regelversie {newest}; " +
            $"geef 'scoring.version' het nummer {newest + 1} of hoger.", at);

    public static Problem TakenByWhatIf(string key, int version, int rules, int newest, Location at) =>
        new("SCR003", $"Regelversie {rules} van '{key}' versie {version} is al gepubliceerd vanuit de what-if, met andere regels; " +
            $"geef 'scoring.version' het nummer {newest + 1} of hoger.", at);

    public static Problem HasResults(string key, int version, int rules, Location at) =>
        new("SCR004", $"Met regelversie {rules} van '{key}' versie {version} zijn al uitslagen berekend; die regels kunnen niet meer " +
            "veranderen. Verhoog 'scoring.version'.", at);
}
