using System.Collections.Immutable;
using Startfoto.Domain.Problems;

namespace Startfoto.Web.Operations;

/// <summary>
/// What an operation gives back to a page or endpoint: a value, the input problems (each with its field in
/// <see cref="Location.Key"/>), or a refusal. Refusals are not problems: the user cannot fix them by editing input.
/// </summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, ImmutableArray<Problem> Problems)
{
    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, []);
    public static Outcome<T> Invalid(IEnumerable<Problem> problems) => new(OutcomeKind.Invalid, default, [.. problems]);
    public static Outcome<T> Invalid(string field, string code, string message) => Invalid([new Problem(code, message, new Location(Key: field))]);
    public static readonly Outcome<T> Forbidden = new(OutcomeKind.Forbidden, default, []);
    public static readonly Outcome<T> NotFound = new(OutcomeKind.NotFound, default, []);
    public static Outcome<T> Conflict(IEnumerable<Problem> problems, T? value = default) => new(OutcomeKind.Conflict, value, [.. problems]);

    public bool IsOk => Kind == OutcomeKind.Ok;
}
