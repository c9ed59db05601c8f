using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Scoring;

/// <summary>Problems with scoring rules: stable codes, Dutch messages that say how to fix them, located at the rule.</summary>
public static class ScoringProblems
{
    public static Problem UnknownTheme(string theme, Location at) =>
        new("SCO001", $"Thema '{theme}' bestaat niet in deze vragenlijst; kies een thema uit 'themes'.", at);

    public static Problem UnknownQuestion(string key, Location at) =>
        new("SCO002", $"Vraag '{key}' bestaat niet in deze vragenlijst.", at);

    public static Problem MethodDoesNotFit(string key, string method, string type, Location at) =>
        new("SCO003", $"Vraag '{key}' is van type '{type}'; scoremethode '{method}' past daar niet bij.", at);

    public static Problem NeedsIncomplete(Location at) =>
        new("SCO004", "Geef voor elke behoefte precies één drempel, in de volgorde geen, licht, matig, hoog.", at);

    public static Problem ThresholdsUnordered(Need need, double from, double previous, Location at) =>
        new("SCO005", $"Drempel '{need.Text()}' (vanaf {from:0.##}) moet lager liggen dan de drempel ervoor (vanaf {previous:0.##}): "
            + "drempels overlappen of staan in de verkeerde volgorde.", at);

    public static Problem LastThresholdNotZero(double from, Location at) =>
        new("SCO006", $"De laatste drempel moet vanaf 0 gelden, niet vanaf {from:0.##}: anders krijgt een lage score geen behoefte.", at);

    public static Problem OutOfRange(string property, double value, string range, Location at) =>
        new("SCO007", $"'{property}' is {value:0.###}; dat moet tussen {range} liggen.", at);

    public static Problem BandsUnordered(Location at) =>
        new("SCO008", "De grenzen van de banden moeten oplopen en elke band behalve de laatste heeft 'below' of 'upTo'; de laatste band heeft geen grens.", at);

    public static Problem UnknownNeed(string text, Location at) =>
        new("SCO009", $"'{text}' is geen behoefte; kies uit geen, licht, matig, hoog.", at);

    public static Problem UnknownTier(string tier, IEnumerable<string> tiers, Location at) =>
        new("SCO010", $"'{tier}' staat niet in 'tiers' ({string.Join(", ", tiers)}).", at);

    public static Problem TiersUnordered(string tier, string earlier, Location at) =>
        new("SCO011", $"Regel voor '{tier}' staat na een regel voor het lichtere '{earlier}': zet de regels van zwaar naar licht.", at);

    public static Problem NeverFires(int rule, string tier, Location at) =>
        new("SCO012", $"Regel {rule} ('{tier}') kan nooit gelden: bij geen enkele combinatie van behoeften per thema komt deze regel aan de beurt en klopt hij.", at);

    public static Problem GemeenteTiers(Location at) =>
        new("SCO013", "Een vragenlijst voor gemeenten heeft de OZJ-intensiteiten intensief, regulier, licht, geen, in die volgorde.", at);

    public static Problem NotAnAssessment(string field, Location at) =>
        new("SCO014", $"Gespreksveld '{field}' bestaat niet per thema of heeft geen opties met een score.", at);

    public static Problem DuplicateItem(string key, Location at) =>
        new("SCO015", $"Vraag '{key}' heeft al een scoreregel.", at);

    public static Problem NameTaken(string name, Location at) =>
        new("SCO016", $"Thema '{name}' heeft dezelfde naam als een variabele van de regels; geef het thema een andere sleutel.", at);

    public static Problem NoOptionScores(string key, Location at) =>
        new("SCO017", $"Vraag '{key}' heeft geen opties met een score; geef de opties een 'score' of kies 'share'.", at);

    public static Problem BandWithBothBounds(Location at) =>
        new("SCO018", "Geef 'below' of 'upTo', niet allebei.", at);
}
