using System.Text.Json.Nodes;

namespace Startfoto.Benchmarks;

/// <summary>
/// A 200-question definition in the shape of questionnaires/startfoto.json, and a full answer set for it: ten sections
/// of twenty questions (maturity, ja/deels/nee, choice, number, percentage, text, a matrix of four rows), 40% with a
/// visibleWhen on earlier answers (also across sections and on calculations), constraints with '.', eleven
/// calculations. Deterministic, so both engines and every run see the same form.
/// </summary>
public static class GeneratedQuestionnaire
{
    public const int SectionCount = 10;

    // Keys start with a theme prefix, as in startfoto.json; distinct first letters matter to SurveyJS, which looks a
    // variable up by scanning every answer whose name starts with the same letter (ProcessValue.getValueByItemCore).
    private static readonly string[] Prefixes = ["rw", "lt", "zt", "kl", "ond", "dm", "fin", "vs", "ggz", "alg"];

    private static string P(int s) => Prefixes[s - 1];

    public static JsonObject Definition()
    {
        var sections = new JsonArray();
        for (var s = 1; s <= SectionCount; s++)
        {
            var section = new JsonObject { ["key"] = P(s), ["title"] = $"Thema {s}", ["questions"] = Questions(s) };
            if (s is 4 or 8) section["visibleWhen"] = $"${{{P(s - 1)}.q0}} != '1'";
            sections.Add(section);
        }
        return new JsonObject
        {
            ["key"] = "generated-200", ["version"] = 1, ["title"] = "Gegenereerde vragenlijst, 200 vragen",
            ["kind"] = "other", ["level"] = "gemeente",
            ["themes"] = new JsonArray([.. Enumerable.Range(1, SectionCount).Select(s => (JsonNode)new JsonObject { ["key"] = P(s), ["title"] = $"Thema {s}" })]),
            ["optionSets"] = new JsonObject { ["m4"] = Options("1", "2", "3", "4"), ["jdn"] = Options("ja", "deels", "nee") },
            ["sections"] = sections,
        };
    }

    private static JsonArray Questions(int s)
    {
        string K(int q) => $"${{{P(s)}.q{q}}}";
        var last = s == SectionCount;
        return
        [
            Q(s, 0, "maturity", "m4", required: true, special: true),
            Q(s, 1, "yesPartlyNo", "jdn", required: true, special: true),
            Q(s, 2, "maturity", "m4", visibleWhen: $"{K(0)} >= 2"),
            Q(s, 3, "singleChoice", Options("a", "b", "c", "d"), required: true),
            Q(s, 4, "multipleChoice", Options("a", "b", "c", "d", "e")),
            Number(Q(s, 5, "number", constraint: ". <= 500", special: true), 0, 1000, 1),
            Number(Q(s, 6, "number", constraint: $". >= {K(5)}"), 0, 100000, 0),
            Number(Q(s, 7, "percentage", constraint: ". >= 0 and . <= 100", visibleWhen: $"{K(6)} > 0"), 0, 100, 1),
            Q(s, 8, "yesPartlyNo", "jdn", visibleWhen: $"selected({K(4)}, 'b') or {K(3)} = 'c'"),
            Matrix(Q(s, 9, "matrix", "jdn", visibleWhen: $"{K(1)} = 'ja' or {K(1)} = 'deels'")),
            Q(s, 10, "maturity", "m4", required: true),
            Q(s, 11, "maturity", "m4", visibleWhen: $"{K(10)} >= 3 or {K(8)} = 'ja'"),
            Calculated(s, 12, $"if({K(0)} >= 3, 1, 0) + if({K(1)} = 'ja', 1, 0) + if({K(10)} >= 3, 1, 0)"),
            Q(s, 13, "yesPartlyNo", "jdn", visibleWhen: $"{K(12)} >= 1"),
            Number(Q(s, 14, "number", constraint: $". <= {K(6)}"), 0, 100000, 0),
            Q(s, 15, "shortText", constraint: "string-length(.) <= 200"),
            Q(s, 16, "singleChoice", Options("x", "y", "z"), visibleWhen: $"{K(14)} >= 1 and {K(3)} != 'a'"),
            Q(s, 17, "multipleChoice", Options("geen", "werkpakket", "leernetwerk", "buddy", "intensief"), constraint: "count-selected(.) <= 3"),
            Q(s, 18, "longText", visibleWhen: s == 1 ? $"{K(0)} >= 3" : $"{K(0)} >= 3 or ${{{P(s - 1)}.q0}} >= 3"),
            last ? Calculated(s, 19, string.Join(" + ", Enumerable.Range(1, SectionCount).Select(i => $"${{{P(i)}.q12}}")))
                 : Number(Q(s, 19, "percentage"), 0, 100, 1),
        ];
    }

    /// <summary>Every asked slot answered, hidden ones too (a respondent may have answered before hiding them).</summary>
    public static JsonObject Answers()
    {
        var answers = new JsonObject();
        for (var s = 1; s <= SectionCount; s++)
        {
            var p = $"{P(s)}.q";
            answers[p + 0] = s % 7 == 0 ? "nvt" : $"{s % 4 + 1}";
            answers[p + 1] = new[] { "ja", "deels", "nee" }[s % 3];
            answers[p + 2] = $"{(s + 1) % 4 + 1}";
            answers[p + 3] = new[] { "a", "b", "c", "d" }[s % 4];
            answers[p + 4] = new JsonArray(s % 2 == 0 ? ["a", "b"] : ["c"]);
            answers[p + 5] = 12.5 + s;
            answers[p + 6] = 100 * s;
            answers[p + 7] = 9.5 * s;
            answers[p + 8] = new[] { "ja", "deels", "nee" }[(s + 1) % 3];
            foreach (var (row, i) in new[] { "r1", "r2", "r3", "r4" }.Select((r, i) => (r, i)))
                answers[$"{p}9.{row}"] = new[] { "ja", "deels", "nee" }[(s + i) % 3];
            answers[p + 10] = $"{(s + 2) % 4 + 1}";
            answers[p + 11] = $"{s % 4 + 1}";
            answers[p + 13] = "ja";
            answers[p + 14] = 3 * s;
            answers[p + 15] = $"Toelichting bij thema {s}.";
            answers[p + 16] = new[] { "x", "y", "z" }[s % 3];
            answers[p + 17] = new JsonArray(s % 3 == 0 ? ["werkpakket", "buddy"] : ["geen"]);
            answers[p + 18] = $"Een goed voorbeeld uit thema {s}, in een paar zinnen beschreven.";
            if (s != SectionCount) answers[p + 19] = 5.5 * s;
        }
        return new JsonObject { ["answers"] = answers };
    }

    private static JsonObject Q(int s, int q, string type, JsonNode? options = null, bool required = false, bool special = false,
        string? visibleWhen = null, string? constraint = null)
    {
        var question = new JsonObject { ["key"] = $"{P(s)}.q{q}", ["type"] = type, ["label"] = $"Vraag {q + 1} van thema {s}", ["theme"] = P(s) };
        if (options is not null) question["options"] = options;
        if (required) question["required"] = true;
        if (special) (question["notApplicable"], question["dontKnow"]) = (true, true);
        if (visibleWhen is not null) question["visibleWhen"] = visibleWhen;
        if (constraint is not null) question["constraint"] = constraint;
        return question;
    }

    private static JsonObject Number(JsonObject question, double min, double max, int decimals)
    {
        (question["min"], question["max"], question["decimals"]) = (min, max, decimals);
        return question;
    }

    private static JsonObject Matrix(JsonObject question)
    {
        question["rows"] = new JsonArray([.. new[] { "r1", "r2", "r3", "r4" }.Select(r => (JsonNode)new JsonObject { ["key"] = r, ["label"] = $"Rij {r}" })]);
        return question;
    }

    private static JsonObject Calculated(int s, int q, string calculation) =>
        new() { ["key"] = $"{P(s)}.q{q}", ["type"] = "calculated", ["calculation"] = calculation };

    private static JsonArray Options(params string[] values) =>
        [.. values.Select(v => (JsonNode)new JsonObject { ["value"] = v, ["label"] = v })];
}
