using System.Globalization;
using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// Whether one visible answer is acceptable, with a Dutch message when it is not. Every message is built once,
/// here, so that checking a full answer set allocates nothing.
/// </summary>
internal sealed class AnswerCheck
{
    public const string RequiredMessage = "Dit is een verplichte vraag.";
    public const string DefaultConstraintMessage = "Dit antwoord voldoet niet aan de voorwaarde van deze vraag.";

    private readonly AnswerSlot slot;
    private readonly string[] allowed;
    private readonly CompiledExpression? constraint;
    private readonly string constraintMessage;
    private readonly double? min;
    private readonly double? max;
    private readonly double scale;
    private readonly string kindMessage;
    private readonly string rangeMessage;
    private readonly string decimalsMessage;

    public AnswerCheck(AnswerSlot slot, CompiledExpression? constraint)
    {
        this.slot = slot;
        this.constraint = constraint;
        allowed = [.. slot.AllowedValues];
        constraintMessage = slot.Question.ConstraintMessage ?? DefaultConstraintMessage;
        var rules = slot.Question.Number;
        (min, max) = (rules?.Min, rules?.Max);
        var decimals = rules?.Decimals ?? (slot.Type == AnswerType.Integer ? 0 : -1);
        scale = decimals >= 0 ? Math.Pow(10, decimals) : 0;
        kindMessage = KindMessage(slot);
        rangeMessage = RangeMessage(min, max);
        decimalsMessage = decimals switch
        {
            0 => "Vul een geheel getal in, zonder cijfers achter de komma.",
            1 => "Gebruik hooguit 1 cijfer achter de komma.",
            _ => string.Create(CultureInfo.InvariantCulture, $"Gebruik hooguit {decimals} cijfers achter de komma."),
        };
    }

    /// <summary>Null when the answer is acceptable; <paramref name="answers"/> is what the constraint reads.</summary>
    public string? Check(in Value value, bool required, ReadOnlySpan<Value> answers, DateOnly today)
    {
        if (value.IsEmpty && value.Kind == ValueKind.String) return required ? RequiredMessage : null;
        if (value.Kind == ValueKind.String && IsSpecial(value.Text.AsSpan())) return null;
        var problem = slot.Type switch
        {
            AnswerType.SelectOne => value.Kind == ValueKind.String && IsAllowed(value.Text.AsSpan()) ? null : kindMessage,
            AnswerType.SelectMultiple => value.Kind == ValueKind.String ? CheckSelection(value.Text) : kindMessage,
            AnswerType.Integer or AnswerType.Decimal => CheckNumber(value),
            AnswerType.Date => value.Kind == ValueKind.Date ? null : kindMessage,
            _ => null,
        };
        if (problem is not null) return problem;
        return constraint is null || constraint.IsTrue(answers, today) ? null : constraintMessage;
    }

    // n.v.t. and weet niet are no answer to check against bounds or the constraint: they say why there is none.
    private bool IsSpecial(ReadOnlySpan<char> value) =>
        (slot.Question.NotApplicable && value.SequenceEqual(Question.NotApplicableValue))
        || (slot.Question.DontKnow && value.SequenceEqual(Question.DontKnowValue));

    private bool IsAllowed(ReadOnlySpan<char> value)
    {
        foreach (var option in allowed)
        {
            if (value.SequenceEqual(option)) return true;
        }
        return false;
    }

    private string? CheckSelection(string answer)
    {
        var (count, special) = (0, false);
        foreach (var range in answer.AsSpan().Split(' '))
        {
            var option = answer.AsSpan(range);
            if (option.IsEmpty) continue;
            if (!IsAllowed(option)) return kindMessage;
            count++;
            special |= IsSpecial(option);
        }
        return special && count > 1 ? "Kies n.v.t. of weet niet alleen, niet samen met andere opties." : null;
    }

    private string? CheckNumber(in Value value)
    {
        if (value.Kind != ValueKind.Number || double.IsNaN(value.ToNumber())) return kindMessage;
        var number = value.ToNumber();
        if (number < min || number > max || double.IsInfinity(number)) return rangeMessage;
        if (scale == 0) return null;
        var scaled = number * scale;
        return Math.Abs(scaled - Math.Round(scaled)) <= 1e-9 * Math.Max(1, Math.Abs(scaled)) ? null : decimalsMessage;
    }

    private static string KindMessage(AnswerSlot slot)
    {
        var special = (slot.Question.NotApplicable, slot.Question.DontKnow) switch
        {
            (true, true) => ", of kies n.v.t. of weet niet",
            (true, false) => ", of kies n.v.t",
            (false, true) => ", of kies weet niet",
            _ => "",
        };
        return slot.Type switch
        {
            AnswerType.SelectOne => "Kies een van de antwoordopties.",
            AnswerType.SelectMultiple => "Kies alleen uit de antwoordopties.",
            AnswerType.Integer or AnswerType.Decimal => $"Vul een getal in{special}.",
            AnswerType.Date => $"Vul een datum in als jjjj-mm-dd{special}.",
            _ => "Vul tekst in.",
        };
    }

    private static string RangeMessage(double? min, double? max) => (min, max) switch
    {
        ({ } low, { } high) => string.Create(CultureInfo.InvariantCulture, $"Vul een getal in van {low} tot en met {high}."),
        ({ } low, null) => string.Create(CultureInfo.InvariantCulture, $"Vul een getal in van minstens {low}."),
        (null, { } high) => string.Create(CultureInfo.InvariantCulture, $"Vul een getal in van hoogstens {high}."),
        _ => "Vul een eindig getal in.",
    };
}
