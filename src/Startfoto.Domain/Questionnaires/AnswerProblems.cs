using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires;

/// <summary>Problems with an answers file ({"answers": {"sleutel": waarde}}): stable codes, Dutch messages that say how to fix them.</summary>
public static class AnswerProblems
{
    public static Problem InvalidJson(string detail, Location at) =>
        new("ANS001", $"Geen geldige JSON: {detail}", at);

    public static Problem NotAnAnswersFile(Location at) =>
        new("ANS002", "Een antwoordenbestand is een JSON-object met alleen \"answers\": { \"sleutel\": waarde, … }.", at);

    public static Problem UnknownKey(string key, Location at) =>
        new("ANS003", $"Vraag '{key}' bestaat niet in deze vragenlijst: controleer de sleutel.", at);

    public static Problem MatrixKey(string key, string firstRow, Location at) =>
        new("ANS003", $"'{key}' is een matrixvraag: beantwoord elke rij apart, zoals '{key}.{firstRow}'.", at);

    public static Problem WrongKind(string key, string expected, Location at) =>
        new("ANS004", $"Het antwoord op '{key}' moet {expected} zijn (of null als het onbeantwoord is).", at);

    public static Problem NotAllowed(string key, string value, IEnumerable<string> allowed, Location at) =>
        new("ANS005", $"'{value}' is geen antwoordoptie van '{key}'; kies uit: {string.Join(", ", allowed)}.", at);

    public static Problem Calculated(string key, Location at) =>
        new("ANS006", $"'{key}' is een berekende vraag en wordt uit de andere antwoorden berekend: laat hem weg.", at);

    public static Problem DuplicateKey(string key, Location at) =>
        new("ANS007", $"'{key}' staat meer dan eens in de antwoorden: houd één antwoord over.", at);
}
