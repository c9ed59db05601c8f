using System.Collections.Immutable;
using System.Globalization;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// One built-in function. <paramref name="Parameters"/> gives each parameter's type; the last repeats
/// for a variadic function. <paramref name="Summary"/> is Dutch, for form authors.
/// </summary>
public sealed record Function(
    string Name,
    int MinArity,
    int MaxArity,
    ImmutableArray<ExpressionType> Parameters,
    ExpressionType Returns,
    string Summary,
    FunctionBody Body,
    FunctionCheck? Check = null)
{
    public const int Variadic = int.MaxValue;

    public ExpressionType ParameterType(int index) =>
        Parameters.IsDefaultOrEmpty ? ExpressionType.Any : Parameters[Math.Min(index, Parameters.Length - 1)];

    public bool Accepts(int count) => count >= MinArity && count <= MaxArity;

    /// <summary>Dutch: "2", "1 of 2", "minstens 1".</summary>
    public string ArityText => (MinArity, MaxArity) switch
    {
        (var min, Variadic) => $"minstens {min.ToString(CultureInfo.InvariantCulture)}",
        var (min, max) when min == max => min.ToString(CultureInfo.InvariantCulture),
        var (min, max) when max == min + 1 => string.Create(CultureInfo.InvariantCulture, $"{min} of {max}"),
        var (min, max) => string.Create(CultureInfo.InvariantCulture, $"{min} tot {max}"),
    };
}
