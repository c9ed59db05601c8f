using System.Globalization;
using System.Text.Json;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires.Json;

/// <summary>One JSON answer → the <see cref="Value"/> its slot holds, or a located problem (and an empty value).</summary>
internal sealed class AnswerValueReader(string file, List<Problem> problems)
{
    public Value Read(AnswerSlot slot, JsonElement e)
    {
        var at = new Location(File: file, Key: slot.Key);
        if (e.ValueKind == JsonValueKind.Null) return Value.Empty;
        if (slot.IsCalculated) return Fail(AnswerProblems.Calculated(slot.Key, at));
        if (e.ValueKind == JsonValueKind.String && slot.AllowedValues.Contains(e.GetString()!) && !slot.IsChoice)
            return Value.String(e.GetString()!); // n.v.t. or weet niet on a number, date or text question
        return slot.Type switch
        {
            AnswerType.SelectOne when e.ValueKind == JsonValueKind.String => Option(slot, e.GetString()!, at),
            AnswerType.SelectMultiple when e.ValueKind == JsonValueKind.Array => Options(slot, e, at),
            AnswerType.Integer or AnswerType.Decimal when e.ValueKind == JsonValueKind.Number => Value.Number(e.GetDouble()),
            AnswerType.Date when e.ValueKind == JsonValueKind.String && ParseDate(e.GetString()!) is { } date => Value.Date(date),
            AnswerType.Text when e.ValueKind == JsonValueKind.String => Value.String(e.GetString()!),
            _ => Fail(AnswerProblems.WrongKind(slot.Key, Expected(slot), at)),
        };
    }

    /// <summary>The answer type a JSON value suggests: a "jjjj-mm-dd" text is a date, a list a multiple choice.</summary>
    public static (AnswerType Type, Value Value)? Infer(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => (AnswerType.Text, Value.Empty),
        JsonValueKind.True or JsonValueKind.False => (AnswerType.Boolean, Value.Boolean(e.GetBoolean())),
        JsonValueKind.Number => (AnswerType.Decimal, Value.Number(e.GetDouble())),
        JsonValueKind.String when ParseDate(e.GetString()!) is { } date => (AnswerType.Date, Value.Date(date)),
        JsonValueKind.String => (AnswerType.Text, Value.String(e.GetString()!)),
        JsonValueKind.Array when e.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String) =>
            (AnswerType.SelectMultiple, Value.String(string.Join(' ', e.EnumerateArray().Select(i => i.GetString())))),
        _ => null,
    };

    private Value Option(AnswerSlot slot, string value, Location at) =>
        slot.AllowedValues.Contains(value) ? Value.String(value) : Fail(AnswerProblems.NotAllowed(slot.Key, value, slot.AllowedValues, at));

    private Value Options(AnswerSlot slot, JsonElement list, Location at)
    {
        var chosen = new List<string>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) return Fail(AnswerProblems.WrongKind(slot.Key, Expected(slot), at));
            var value = item.GetString()!;
            if (!slot.AllowedValues.Contains(value)) problems.Add(AnswerProblems.NotAllowed(slot.Key, value, slot.AllowedValues, at));
            else if (!chosen.Contains(value)) chosen.Add(value);
        }
        return Value.String(string.Join(' ', chosen));
    }

    private Value Fail(Problem problem)
    {
        problems.Add(problem);
        return Value.Empty;
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Expected(AnswerSlot slot)
    {
        var special = slot.IsChoice || slot.AllowedValues.IsEmpty ? "" : $" of een van {string.Join(", ", slot.AllowedValues.Select(v => $"'{v}'"))}";
        return slot.Type switch
        {
            AnswerType.SelectOne => "een antwoordoptie als tekst",
            AnswerType.SelectMultiple => "een lijst antwoordopties, zoals [\"a\", \"b\"]",
            AnswerType.Integer or AnswerType.Decimal => $"een getal{special}",
            AnswerType.Date => $"een datum als \"jjjj-mm-dd\"{special}",
            _ => "tekst",
        };
    }
}
