using System.Collections.Frozen;
using System.Collections.Immutable;
using T = Startfoto.Domain.Expressions.ExpressionType;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// The one table of built-in functions: the XLSForm/ODK subset. The binder resolves names here, the
/// documentation lists it, and a test requires an evaluation row for every entry.
/// </summary>
public static class Functions
{
    private const int Many = Function.Variadic;

    public static ImmutableArray<Function> All { get; } =
    [
        new("if", 3, 3, [T.Boolean, T.Any, T.Any], T.Any,
            "if(voorwaarde, dan, anders): dan als de voorwaarde waar is, anders anders.", LogicFunctions.If),
        new("coalesce", 2, 2, [T.Any, T.Any], T.Any,
            "coalesce(a, b): a, of b als a leeg is.", LogicFunctions.Coalesce),
        new("not", 1, 1, [T.Boolean], T.Boolean,
            "not(x): waar als x onwaar is.", LogicFunctions.Not),
        new("true", 0, 0, [], T.Boolean, "true(): waar.", LogicFunctions.True),
        new("false", 0, 0, [], T.Boolean, "false(): onwaar.", LogicFunctions.False),
        new("selected", 2, 2, [T.String, T.String], T.Boolean,
            "selected(${keuze}, 'optie'): waar als de optie gekozen is.", ChoiceFunctions.Selected,
            (args, at, problems) => ChoiceFunctions.Check(args, at, problems, "selected")),
        new("count-selected", 1, 1, [T.String], T.Number,
            "count-selected(${keuze}): het aantal gekozen opties.", ChoiceFunctions.CountSelected,
            (args, at, problems) => ChoiceFunctions.Check(args, at, problems, "count-selected")),
        new("concat", 0, Many, [T.Any], T.String,
            "concat(a, b, …): de teksten achter elkaar.", TextFunctions.Concat),
        new("string-length", 1, 1, [T.String], T.Number,
            "string-length(tekst): het aantal tekens.", TextFunctions.StringLength),
        new("substr", 2, 3, [T.String, T.Number, T.Number], T.String,
            "substr(tekst, begin, eind): de tekens van begin (vanaf 0) tot eind (niet meegeteld).", TextFunctions.Substr),
        new("contains", 2, 2, [T.String, T.String], T.Boolean,
            "contains(tekst, deel): waar als deel in tekst staat (hoofdlettergevoelig).", TextFunctions.Contains),
        new("starts-with", 2, 2, [T.String, T.String], T.Boolean,
            "starts-with(tekst, begin): waar als tekst met begin begint.", TextFunctions.StartsWith),
        new("ends-with", 2, 2, [T.String, T.String], T.Boolean,
            "ends-with(tekst, eind): waar als tekst op eind eindigt.", TextFunctions.EndsWith),
        new("regex", 2, 2, [T.String, T.String], T.Boolean,
            "regex(tekst, patroon): waar als de hele tekst aan het patroon voldoet.", RegexFunction.Matches, RegexFunction.Check),
        new("number", 1, 1, [T.Any], T.Number,
            "number(x): x als getal; NaN als dat niet kan (ook bij een leeg antwoord).", NumberFunctions.Number),
        new("int", 1, 1, [T.Number], T.Number,
            "int(x): x zonder cijfers achter de komma (afgekapt richting 0).", NumberFunctions.Int),
        new("round", 1, 2, [T.Number, T.Number], T.Number,
            "round(x, decimalen): x afgerond; een half naar boven.", NumberFunctions.Round),
        new("min", 1, Many, [T.Number], T.Number,
            "min(a, b, …): het kleinste getal; lege antwoorden tellen niet mee.", NumberFunctions.Min),
        new("max", 1, Many, [T.Number], T.Number,
            "max(a, b, …): het grootste getal; lege antwoorden tellen niet mee.", NumberFunctions.Max),
        new("today", 0, 0, [], T.Date, "today(): de datum van vandaag.", DateFunctions.Today),
        new("date", 1, 1, [T.Any], T.Date,
            "date('jjjj-mm-dd'): een datum, om mee te vergelijken of te rekenen.", DateFunctions.Date, DateFunctions.Check),
    ];

    private static readonly FrozenDictionary<string, Function> ByName =
        All.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    public static Function? Find(string name) => ByName.GetValueOrDefault(name);
}
