using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>Everything that can be wrong with an expression. Codes are stable; messages say how to fix it.</summary>
public static class ExpressionProblems
{
    public const string SyntaxCode = "EXPR001";
    public const string UnknownReferenceCode = "EXPR002";
    public const string UnknownFunctionCode = "EXPR003";
    public const string ArgumentCountCode = "EXPR004";
    public const string TypeMismatchCode = "EXPR005";
    public const string UnknownOptionCode = "EXPR006";
    public const string NoCurrentQuestionCode = "EXPR007";
    public const string InvalidPatternCode = "EXPR008";
    public const string CircularCalculationCode = "EXPR009";

    public static Problem UnexpectedCharacter(char c, Location at) => new(SyntaxCode, c switch
    {
        '/' => "Onverwacht teken '/': deel met 'div'.",
        '%' => "Onverwacht teken '%': gebruik 'mod' voor de rest na deling.",
        '&' or '|' => $"Onverwacht teken '{c}': schrijf 'and' of 'or'.",
        _ => $"Onverwacht teken '{c}': verwijder het of zet tekst tussen aanhalingstekens.",
    }, at);

    public static Problem UnterminatedString(char quote, Location at) =>
        new(SyntaxCode, $"Tekst zonder afsluitend {quote}: sluit de tekst af met {quote}.", at);

    public static Problem MalformedReference(Location at) =>
        new(SyntaxCode, "Verwijzing naar een vraag schrijf je als ${naam}, met een naam van letters, cijfers, _ of -.", at);

    public static Problem InvalidNumber(string text, Location at) =>
        new(SyntaxCode, $"'{text}' is geen getal: schrijf een getal met hooguit één punt, zoals 2.5.", at);

    public static Problem UnexpectedToken(string token, string expected, Location at) =>
        new(SyntaxCode, token == "="
            ? $"Onverwacht '=' (verwacht: {expected}): vergelijk met één '=', niet met '=='."
            : $"Onverwacht '{token}', verwacht: {expected}.", at);

    public static Problem UnexpectedEnd(string expected, Location at) =>
        new(SyntaxCode, $"De expressie houdt te vroeg op, verwacht: {expected}.", at);

    public static Problem BareName(string name, Location at) =>
        new(SyntaxCode, $"'{name}' is geen functieaanroep of waarde: verwijs naar een vraag met ${{{name}}}, zet tekst tussen aanhalingstekens of schrijf {name}(…).", at);

    public static Problem UnknownReference(string key, Location at) =>
        new(UnknownReferenceCode, $"Onbekende vraag '${{{key}}}': controleer de naam.", at);

    public static Problem UnknownFunction(string name, Location at) =>
        new(UnknownFunctionCode, $"Onbekende functie '{name}': controleer de naam; bekend zijn {string.Join(", ", Functions.All.Select(f => f.Name))}.", at);

    public static Problem ArgumentCount(Function function, int given, Location at) =>
        new(ArgumentCountCode, $"{function.Name}() verwacht {function.ArityText} argument(en), maar krijgt er {given}.", at);

    public static Problem NotANumber(string literal, Location at) =>
        new(TypeMismatchCode, DateOnly.TryParseExact(literal, "yyyy-MM-dd", out _)
            ? $"'{literal}' is tekst, geen getal of datum: vergelijk met een datum als date('{literal}')."
            : $"'{literal}' is geen getal: gebruik een getal zonder aanhalingstekens.", at);

    public static Problem NotADate(string literal, Location at) =>
        new(TypeMismatchCode, $"'{literal}' is geen datum: schrijf een datum als 'jjjj-mm-dd', zoals '2025-01-31'.", at);

    public static Problem NotAChoice(string function, string key, Location at) =>
        new(TypeMismatchCode, $"{function}() werkt op een keuzevraag, maar '${{{key}}}' is dat niet: kies een vraag met antwoordopties.", at);

    public static Problem NotAText(string function, int argument, Location at) =>
        new(TypeMismatchCode, $"Argument {argument} van {function}() moet tekst zijn: zet de waarde tussen aanhalingstekens, zoals '1'.", at);

    public static Problem UnknownOption(string key, string option, Location at) =>
        new(UnknownOptionCode, $"Vraag '${{{key}}}' heeft geen optie '{option}' (onbekende optie): gebruik de waarde van een van de opties.", at);

    public static Problem NoCurrentQuestion(Location at) =>
        new(NoCurrentQuestionCode, "'.' staat voor de vraag zelf en kan alleen in de voorwaarde of berekening van een vraag: verwijs hier met ${naam}.", at);

    public static Problem InvalidPattern(string pattern, string reason, Location at) =>
        new(InvalidPatternCode, $"Ongeldig patroon '{pattern}' ({reason}): controleer haakjes, escapes en herhalingen.", at);

    public static Problem NotACondition(ExpressionType type, Location at) =>
        new(TypeMismatchCode, type == ExpressionType.Date
            ? "Deze voorwaarde levert een datum op, die altijd waar is: vergelijk de datum, zoals ${datum} < today()."
            : "Deze voorwaarde levert een getal op, geen waar of onwaar: vergelijk het getal, zoals ${aantal} > 0.", at);

    public static Problem CircularCondition(IEnumerable<string> chain, Location at) =>
        new(CircularCalculationCode, $"Kringverwijzing in zichtbaarheid: {string.Join(" → ", chain)}. Of een vraag of sectie zichtbaar is, mag niet (ook niet via andere vragen of berekeningen) van haar eigen antwoord afhangen.", at);

    public static Problem CircularCalculation(IEnumerable<string> chain, Location at) =>
        new(CircularCalculationCode, $"Kringverwijzing: {string.Join(" → ", chain)}. Een berekening mag niet, ook niet via andere berekeningen, van zichzelf afhangen.", at);
}
