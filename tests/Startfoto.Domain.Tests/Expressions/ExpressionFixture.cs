using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Tests.Expressions;

/// <summary>A small questionnaire with a full answer set, for evaluation rows.</summary>
internal static class ExpressionFixture
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    /// <summary>What <c>.</c> means in evaluation rows.</summary>
    public const string CurrentKey = "leeftijd";

    private static readonly (string Key, AnswerType Type, string[]? Options, Value Answer)[] Questions =
    [
        ("naam", AnswerType.Text, null, Value.String("Anna")),
        ("leeftijd", AnswerType.Integer, null, Value.Number(15)),
        ("bedrag", AnswerType.Decimal, null, Value.Number(2.5)),
        ("leeg", AnswerType.Text, null, Value.Empty),
        ("onbeantwoord", AnswerType.Integer, null, Value.Empty),
        ("geboortedatum", AnswerType.Date, null, Value.Date(new DateOnly(2010, 3, 15))),
        ("kleur", AnswerType.SelectOne, ["rood", "groen", "blauw"], Value.String("groen")),
        ("hobbys", AnswerType.SelectMultiple, ["lezen", "sport", "muziek", "tekenen"], Value.String("lezen muziek")),
        ("geen_hobbys", AnswerType.SelectMultiple, ["lezen", "sport"], Value.Empty),
        ("toestemming", AnswerType.Boolean, null, Value.True),
        ("tekstgetal", AnswerType.Text, null, Value.String("3")),
        ("totaal", AnswerType.Calculated, null, Value.Number(10)),
        ("negatief", AnswerType.Decimal, null, Value.Number(-2.7)),
        ("a", AnswerType.Integer, null, Value.Number(1)),
        ("b", AnswerType.Integer, null, Value.Number(2)),
    ];

    public static readonly ExpressionScope Scope = ExpressionScope.Of(Questions.Select(q => (q.Key, q.Type, q.Options)));

    public static readonly Value[] Answers = [.. Questions.Select(q => q.Answer)];

    public static CompiledExpression Compile(string source, string? currentKey = CurrentKey)
    {
        var result = ExpressionEngine.Compile(source, Scope, currentKey);
        Assert.True(result.Ok, $"{source}: {string.Join("; ", result.Problems)}");
        return result.Value!;
    }

    public static Value Evaluate(string source) => Compile(source).Evaluate(Answers, Today);

    /// <summary>"${a} + [${onbekend}]" → the source without brackets and the span they mark (first '[' to last ']').</summary>
    public static (string Source, TextSpan Span) Unmark(string marked)
    {
        var open = marked.IndexOf('[', StringComparison.Ordinal);
        var close = marked.LastIndexOf(']');
        Assert.True(open >= 0 && close > open, $"Mark the expected span in {marked} with [ ].");
        var source = marked[..open] + marked[(open + 1)..close] + marked[(close + 1)..];
        return (source, new TextSpan(open, close - open - 1));
    }
}
