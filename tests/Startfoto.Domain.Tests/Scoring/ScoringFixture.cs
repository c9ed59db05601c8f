using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Domain.Scoring;

namespace Startfoto.Domain.Tests.Scoring;

/// <summary>
/// A small gemeente questionnaire to score: theme "a" (m1 maturity weight 2, j1 ja/deels/nee, multi share, pct banded,
/// m2 maturity optional, shown only when j1 is not 'nee'), theme "b" (matrix of ja/deels/nee, b1 maturity), theme "c"
/// (c1 maturity, c2 number without bands: context). Rules: the guidance thresholds 70/50/30/0, minimum coverage 60%,
/// floor "m1 = 1 → a at least matig", tiers over a, b, c.
/// </summary>
internal static class ScoringFixture
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    public const string Questions = """
        [ { "key": "m1", "type": "maturity", "label": "M1", "options": "m4", "theme": "a", "weight": 2, "required": true, "notApplicable": true, "dontKnow": true },
          { "key": "j1", "type": "yesPartlyNo", "label": "J1", "options": "jdn", "theme": "a", "required": true, "notApplicable": true, "dontKnow": true },
          { "key": "multi", "type": "multipleChoice", "label": "Multi", "theme": "a", "notApplicable": true,
            "options": [ { "value": "x", "label": "X" }, { "value": "y", "label": "Y" }, { "value": "z", "label": "Z" }, { "value": "w", "label": "W" } ] },
          { "key": "pct", "type": "percentage", "label": "Pct", "min": 0, "max": 100, "theme": "a", "dontKnow": true },
          { "key": "m2", "type": "maturity", "label": "M2", "options": "m4", "theme": "a", "visibleWhen": "${j1} != 'nee'" },
          { "key": "mx", "type": "matrix", "label": "Matrix", "options": "jdn", "theme": "b", "notApplicable": true, "dontKnow": true,
            "rows": [ { "key": "r1", "label": "R1" }, { "key": "r2", "label": "R2" } ] },
          { "key": "b1", "type": "maturity", "label": "B1", "options": "m4", "theme": "b" },
          { "key": "c1", "type": "maturity", "label": "C1", "options": "m4", "theme": "c" },
          { "key": "c2", "type": "number", "label": "C2", "theme": "c" } ]
        """;

    public const string DefaultTier = """
        { "label": "OZJ-intensiteit", "themes": ["a", "b", "c"], "tiers": ["intensief", "regulier", "licht", "geen"],
          "rules": [
            { "tier": "intensief", "when": "${a} = 'hoog' or ${aantal_hoog} >= 2", "description": "A hoog of twee thema's hoog" },
            { "tier": "regulier", "when": "${a} = 'onvoldoende'", "flag": "adviseur beoordeelt" },
            { "tier": "regulier", "when": "${aantal_hoog} >= 1 or ${aantal_ten_minste_matig} >= 2" },
            { "tier": "licht", "when": "${aantal_ten_minste_matig} >= 1 or ${aantal_ten_minste_licht} >= 2" } ],
          "otherwise": "geen" }
        """;

    public const string Needs = """
        [ { "need": "geen", "from": 70 }, { "need": "licht", "from": 50 }, { "need": "matig", "from": 30 }, { "need": "hoog", "from": 0 } ]
        """;

    public const string DefaultRules = $$"""
        { "version": 1, "minCoverage": 0.6, "needs": {{Needs}},
          "items": [ { "key": "multi", "method": "share" },
                     { "key": "pct", "bands": [ { "below": 1, "score": 0 }, { "below": 50, "score": 33 }, { "upTo": 90, "score": 67 }, { "score": 100 } ] } ],
          "floors": [ { "theme": "a", "when": "${m1} = 1", "need": "matig", "reason": "Kernvraag M1 staat op niet gestart" } ],
          "tier": {{DefaultTier}} }
        """;

    public static Result<Questionnaire> Compile(string scoring, string questions = Questions) =>
        QuestionnaireCompiler.Compile(Definition(scoring, questions), "fixture.json");

    public static Questionnaire Compiled(string scoring = DefaultRules)
    {
        var result = Compile(scoring);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Value!;
    }

    public static QuestionnaireDefinition Definition(string scoring, string questions = Questions)
    {
        var read = QuestionnaireJsonReader.Read($$"""
            { "key": "fixture", "version": 1, "title": "Fixture", "kind": "startfoto", "level": "gemeente",
              "themes": [ { "key": "a", "title": "Thema A" }, { "key": "b", "title": "Thema B" }, { "key": "c", "title": "Thema C" } ],
              "optionSets": {
                "m4": [ { "value": "1", "label": "Niet gestart", "score": 0 }, { "value": "2", "label": "In ontwikkeling", "score": 33 },
                        { "value": "3", "label": "Ingericht", "score": 67 }, { "value": "4", "label": "Geborgd", "score": 100 } ],
                "jdn": [ { "value": "ja", "label": "Ja", "score": 100 }, { "value": "deels", "label": "Deels", "score": 50 }, { "value": "nee", "label": "Nee", "score": 0 } ] },
              "sections": [ { "key": "s", "title": "S", "questions": {{questions}} } ],
              "scoring": {{scoring}} }
            """, "fixture.json");
        Assert.True(read.Ok, string.Join("\n", read.Problems));
        return read.Value!;
    }

    public static ScoreResult Score(Questionnaire questionnaire, params (string Key, string Value)[] answers) =>
        questionnaire.Scorer!.Score(Evaluate(questionnaire, answers));

    public static ScoreResult Score(params (string Key, string Value)[] answers) => Score(Compiled(), answers);

    public static QuestionnaireEvaluation Evaluate(Questionnaire questionnaire, params (string Key, string Value)[] answers)
    {
        var set = questionnaire.NewAnswers();
        foreach (var (key, value) in answers)
            set[key] = double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && !questionnaire.Slots.Single(s => s.Key == key).IsChoice
                ? Value.Number(n)
                : Value.String(value);
        return questionnaire.Evaluate(set, Today);
    }
}
