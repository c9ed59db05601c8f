using System.Collections.Immutable;
using System.Text.Json;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires.Json;

/// <summary>Reads one question object; options are inline or name a shared option set.</summary>
sealed class QuestionJsonReader(string file, IReadOnlyDictionary<string, ImmutableArray<ChoiceOption>> optionSets, List<Problem> problems)
{
    static readonly string[] Known =
    [
        "key", "type", "label", "help", "required", "options", "rows", "theme", "weight", "visibleWhen", "constraint",
        "constraintMessage", "calculation", "min", "max", "decimals", "unit", "notApplicable", "dontKnow", "comment", "shareable",
    ];

    public Question? Read(JsonElement e, string fallbackKey)
    {
        var key = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String
            ? k.GetString()! : fallbackKey;
        var o = QuestionnaireJsonReader.Object(e, new Location(File: file, Key: key), problems, Known);
        if (o is null) return null;
        o.String("key", required: true);
        var type = o.Enum<QuestionType>("type", required: true);
        var label = o.String("label", required: type != QuestionType.Calculated) ?? "";
        if (type is null) return null;
        var number = o.Number("min") is { } || o.Number("max") is { } || o.Integer("decimals") is { } || o.String("unit") is { }
            ? new NumberRules(o.Number("min"), o.Number("max"), o.Integer("decimals") ?? 0, o.String("unit"))
            : null;
        return new Question(key, type.Value, label,
            Help: o.String("help"),
            Required: o.Boolean("required"),
            Options: Options(o),
            Rows: [.. o.Array("rows").Select(Row).OfType<MatrixRow>()],
            Theme: o.String("theme"),
            Weight: o.Number("weight") ?? 1,
            VisibleWhen: o.String("visibleWhen"),
            Constraint: o.String("constraint"),
            ConstraintMessage: o.String("constraintMessage"),
            Calculation: o.String("calculation"),
            Number: number,
            NotApplicable: o.Boolean("notApplicable"),
            DontKnow: o.Boolean("dontKnow"),
            AllowComment: o.Boolean("comment"),
            Shareable: o.Boolean("shareable"));

        MatrixRow? Row(JsonElement r, int i)
        {
            var row = QuestionnaireJsonReader.Object(r, new Location(File: file, Key: $"{key}.rows[{i}]"), problems, "key", "label");
            var rowKey = row?.String("key", required: true);
            var rowLabel = row?.String("label", required: true);
            return rowKey is null || rowLabel is null ? null : new MatrixRow(rowKey, rowLabel);
        }
    }

    ImmutableArray<ChoiceOption> Options(JsonObject o)
    {
        if (!o.TryGet("options", out var e)) return [];
        if (e.ValueKind == JsonValueKind.String)
        {
            if (optionSets.TryGetValue(e.GetString()!, out var set)) return set;
            problems.Add(QuestionnaireProblems.UnknownOptionSet(e.GetString()!, o.At));
            return [];
        }
        return ReadOptions(e, o.At, problems);
    }

    public static ImmutableArray<ChoiceOption> ReadOptions(JsonElement e, Location at, List<Problem> problems)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            problems.Add(QuestionnaireProblems.WrongKind("options", "een lijst opties of de naam van een optielijst", at));
            return [];
        }
        var options = ImmutableArray.CreateBuilder<ChoiceOption>();
        foreach (var item in e.EnumerateArray())
        {
            var o = QuestionnaireJsonReader.Object(item, at, problems, "value", "label", "description", "score");
            var value = o?.String("value", required: true);
            var label = o?.String("label", required: true);
            if (value is not null && label is not null) options.Add(new ChoiceOption(value, label, o!.String("description"), o.Number("score")));
        }
        return options.ToImmutable();
    }
}
