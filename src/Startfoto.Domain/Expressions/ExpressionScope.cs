using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Startfoto.Domain.Expressions;

/// <summary>A fixed set of questions. <see cref="Of"/> gives each its position as slot.</summary>
public sealed class ExpressionScope : IExpressionScope
{
    private readonly FrozenDictionary<string, QuestionSymbol> questions;

    public ExpressionScope(IEnumerable<QuestionSymbol> questions) =>
        this.questions = questions.ToFrozenDictionary(q => q.Key, StringComparer.Ordinal);

    public static ExpressionScope Empty { get; } = new([]);

    public int Count => questions.Count;

    /// <summary>Questions in answer order: slot 0, 1, 2 …</summary>
    public static ExpressionScope Of(params IEnumerable<(string Key, AnswerType Type, string[]? Options)> questions) =>
        new(questions.Select((q, slot) => new QuestionSymbol(q.Key, slot, q.Type, [.. q.Options ?? []])));

    public bool TryFind(string key, [NotNullWhen(true)] out QuestionSymbol? question) =>
        questions.TryGetValue(key, out question);
}
