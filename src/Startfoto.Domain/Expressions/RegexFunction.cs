using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// regex(s, pattern): JavaRosa calls Pattern.matches(pattern, s), which must match the whole text, so the
/// pattern is wrapped in \A(?: … )\z. A literal pattern is compiled once, at bind time.
/// </summary>
internal static class RegexFunction
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>A form author's pattern meets every user's input: a runaway pattern must not hang a request.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    public static Value Matches(Arguments a)
    {
        var text = a.Text(0);
        if (a.State is Regex compiled) return Value.Boolean(IsMatch(compiled, text));
        try
        {
            return Value.Boolean(IsMatch(new Regex(Whole(a.Text(1)), Options, Timeout), text));
        }
        catch (ArgumentException)
        {
            // A pattern computed at run time can be invalid; JavaRosa then fails the evaluation. We answer
            // false, so a constraint with a broken pattern rejects instead of crashing the form.
            return Value.False;
        }
    }

    public static object? Check(ImmutableArray<BoundExpression> arguments, Location at, ICollection<Problem> problems)
    {
        if (arguments is not [_, BoundExpression.Literal { Value.Kind: ValueKind.String } literal]) return null;
        try
        {
            return new Regex(Whole(literal.Value.Text), Options, Timeout);
        }
        catch (ArgumentException e)
        {
            var reason = e is RegexParseException parse ? parse.Error.ToString() : e.Message;
            problems.Add(ExpressionProblems.InvalidPattern(literal.Value.Text, reason, at with { Span = literal.Span }));
            return null;
        }
    }

    private static string Whole(string pattern) => $@"\A(?:{pattern})\z";

    private static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text.AsSpan());
        }
        catch (RegexMatchTimeoutException)
        {
            // Catastrophic backtracking on this input: treat as no match rather than hang or crash the form.
            return false;
        }
    }
}
