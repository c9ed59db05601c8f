using System.Collections.Immutable;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// A function's own bind-time check beyond arity and parameter types. Reports into <paramref name="problems"/>
/// (locate with <c>at with { Span = … }</c>) and returns state for the body, or null.
/// </summary>
public delegate object? FunctionCheck(ImmutableArray<BoundExpression> arguments, Location at, ICollection<Problem> problems);
