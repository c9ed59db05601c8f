using System.Collections.Immutable;

namespace Startfoto.Domain.Problems;

/// <summary>A value, or every problem that kept it from being made. Never both half.</summary>
public sealed record Result<T>(T? Value, ImmutableArray<Problem> Problems)
{
    public bool Ok => Problems.IsDefaultOrEmpty;

    public static Result<T> Success(T value) => new(value, ImmutableArray<Problem>.Empty);

    public static Result<T> Failure(IEnumerable<Problem> problems) => new(default, [.. problems]);

    public static Result<T> Failure(Problem problem) => new(default, [problem]);
}
