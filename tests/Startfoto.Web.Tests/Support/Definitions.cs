using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Questionnaires.XlsForm;

namespace Startfoto.Web.Tests.Support;

/// <summary>Small questionnaire definitions, as a Beheerder would upload them.</summary>
public static class Definitions
{
    public static string NewKey() => "web_" + Guid.NewGuid().ToString("N")[..10];

    public static string Json(string key, int version = 1, string title = "Testlijst", string extraQuestion = "") => $$"""
        { "key": "{{key}}", "version": {{version}}, "title": "{{title}}", "kind": "other", "level": "gemeente",
          "sections": [ { "key": "s1", "title": "Sectie", "questions": [
            { "key": "aantal", "type": "number", "label": "Hoeveel?" }{{extraQuestion}} ] } ] }
        """;

    /// <summary>Two problems: a reference to an unknown question (at a position in "a") and a duplicate key "a".</summary>
    public static string Broken(string key) => $$"""
        { "key": "{{key}}", "version": 1, "title": "Kapot", "kind": "other", "level": "gemeente",
          "sections": [ { "key": "s1", "title": "Sectie", "questions": [
            { "key": "a", "type": "number", "label": "A", "visibleWhen": "${bestaat_niet} > 1" },
            { "key": "a", "type": "shortText", "label": "A nogmaals" } ] } ] }
        """;

    /// <summary>A definition as an XLSForm workbook; the writer does not check it, so a broken definition stays broken.</summary>
    public static byte[] Workbook(string json) => XlsFormWriter.Write(QuestionnaireJsonReader.Read(json, "bron.json").Value!);
}
