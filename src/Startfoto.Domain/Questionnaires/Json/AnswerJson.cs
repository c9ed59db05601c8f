using System.Text.Json;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires.Json;

/// <summary>One answer given as JSON (an API call), read exactly as an answers file reads it.</summary>
public static class AnswerJson
{
    public static Result<Value> Read(AnswerSlot slot, JsonElement value, string? file = null)
    {
        var problems = new List<Problem>();
        var read = new AnswerValueReader(file ?? "", problems).Read(slot, value);
        return problems.Count == 0 ? Result<Value>.Success(read)
            : Result<Value>.Failure(problems.Select(p => p with { At = p.At with { File = file } }));
    }

    /// <summary>The JSON form of a stored answer: what <see cref="Read"/> accepts back.</summary>
    public static object? ToJson(AnswerSlot slot, Value value)
    {
        if (value.IsEmpty) return null;
        var text = value.ToXPathString();
        if (!slot.IsChoice && slot.AllowedValues.Contains(text)) return text;
        return slot.Type switch
        {
            AnswerType.SelectMultiple => text.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            AnswerType.Integer or AnswerType.Decimal => value.ToNumber(),
            _ => text,
        };
    }
}
