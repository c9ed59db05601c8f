using System.Collections.Immutable;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>A calculated question and what its expression reads (<see cref="CompiledExpression.References"/>).</summary>
public sealed record Calculation(string Key, ImmutableArray<QuestionReference> References, Location? At = null)
{
    public static Calculation Of(string key, CompiledExpression expression, Location? at = null) =>
        new(key, expression.References, at);
}
