using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;

namespace Startfoto.Domain.Tests.Responses;

/// <summary>
/// A small Robuustheidsscan: theme "visie" with two scored questions (weights 2 and 1) and a text question, theme
/// "schaal" with only a number, and the conversation fields oordeel (scale 1–4 scored 0/33/67/100) and motivering.
/// </summary>
internal static class ConversationScan
{
    public static readonly Questionnaire Questionnaire = Compile();

    public static QuestionnaireEvaluation Evaluate(params (string Key, string Value)[] answers)
    {
        var set = Questionnaire.NewAnswers();
        foreach (var (key, value) in answers) set[key] = Value.String(value);
        return Questionnaire.Evaluate(set, new DateOnly(2025, 6, 1));
    }

    static Questionnaire Compile()
    {
        var definition = QuestionnaireJsonReader.Read("""
            { "key": "scan", "version": 1, "title": "Scan", "kind": "robuustheidsscan", "level": "jeugdregio",
              "themes": [ { "key": "visie", "title": "Visie" }, { "key": "schaal", "title": "Schaal" } ],
              "optionSets": { "m4": [
                { "value": "1", "label": "Niet gestart", "score": 0 }, { "value": "2", "label": "In ontwikkeling", "score": 33 },
                { "value": "3", "label": "Ingericht", "score": 67 }, { "value": "4", "label": "Geborgd en lerend", "score": 100 } ] },
              "sections": [ { "key": "s", "title": "Scan", "questions": [
                { "key": "v1", "type": "maturity", "label": "Visie vastgesteld?", "options": "m4", "theme": "visie", "weight": 2, "dontKnow": true },
                { "key": "v2", "type": "maturity", "label": "Visie uitgevoerd?", "options": "m4", "theme": "visie" },
                { "key": "v3", "type": "longText", "label": "Toelichting visie", "theme": "visie" },
                { "key": "s1", "type": "number", "label": "Inwoners", "theme": "schaal" } ] } ],
              "conversation": {
                "perTheme": [
                  { "key": "oordeel", "type": "maturity", "label": "Oordeel", "options": "m4" },
                  { "key": "motivering", "type": "longText", "label": "Motivering" } ],
                "general": [ { "key": "datum", "type": "date", "label": "Datum" } ] } }
            """, "scan.json");
        Assert.True(definition.Ok, string.Join("\n", definition.Problems));
        var compiled = QuestionnaireCompiler.Compile(definition.Value!, "scan.json");
        Assert.True(compiled.Ok, string.Join("\n", compiled.Problems));
        return compiled.Value!;
    }
}
