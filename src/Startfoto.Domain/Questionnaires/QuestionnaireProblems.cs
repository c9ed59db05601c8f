using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires;

/// <summary>Problems with a questionnaire definition: stable codes, Dutch messages that say how to fix them.</summary>
public static class QuestionnaireProblems
{
    public static Problem InvalidJson(string detail, Location at) =>
        new("Q001", $"Geen geldige JSON: {detail}", at);

    public static Problem MissingProperty(string property, Location at) =>
        new("Q002", $"Eigenschap '{property}' ontbreekt.", at);

    public static Problem WrongKind(string property, string expected, Location at) =>
        new("Q003", $"Eigenschap '{property}' moet {expected} zijn.", at);

    public static Problem UnknownProperty(string property, IEnumerable<string> known, Location at) =>
        new("Q004", $"Onbekende eigenschap '{property}'; bedoelt u een van: {string.Join(", ", known)}?", at);

    public static Problem UnknownValue(string property, string value, IEnumerable<string> allowed, Location at) =>
        new("Q005", $"'{value}' is geen geldige waarde voor '{property}'; kies uit: {string.Join(", ", allowed)}.", at);

    public static Problem UnknownOptionSet(string name, Location at) =>
        new("Q006", $"Optielijst '{name}' bestaat niet; voeg hem toe onder 'optionSets' of geef de opties zelf.", at);

    public static Problem DuplicateKey(string key, Location at) =>
        new("Q007", $"Sleutel '{key}' komt meer dan eens voor; elke vraag, sectie en elk thema heeft een eigen sleutel.", at);

    public static Problem UnknownTheme(string theme, Location at) =>
        new("Q008", $"Thema '{theme}' bestaat niet; voeg het toe onder 'themes' of kies een bestaand thema.", at);

    public static Problem MissingOptions(string type, Location at) =>
        new("Q009", $"Een vraag van type '{type}' heeft opties nodig ('options': een lijst of de naam van een optielijst).", at);

    public static Problem InvalidKey(string key, Location at) =>
        new("Q010", $"Sleutel '{key}' is ongeldig: begin met een letter, gebruik letters, cijfers, '_', '-' en '.'.", at);

    public static Problem MinAboveMax(Location at) =>
        new("Q011", "Het minimum is groter dan het maximum.", at);

    public static Problem MissingCalculation(Location at) =>
        new("Q012", "Een berekende vraag heeft een 'calculation' nodig.", at);

    public static Problem MissingRows(Location at) =>
        new("Q013", "Een matrixvraag heeft rijen nodig ('rows').", at);

    public static Problem InvalidWeight(Location at) =>
        new("Q014", "Het gewicht moet een getal groter dan 0 zijn.", at);

    public static Problem DuplicateOption(string value, Location at) =>
        new("Q015", $"Optie '{value}' komt meer dan eens voor in deze vraag.", at);
}
