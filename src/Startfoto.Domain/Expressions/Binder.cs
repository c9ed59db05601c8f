using System.Collections.Immutable;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// Syntax → bound tree: resolves ${key} and <c>.</c> against the caller's scope, functions against the table,
/// and checks arity and the types it can know. Reports every problem, not just the first.
/// </summary>
public sealed class Binder
{
    private readonly IExpressionScope scope;
    private readonly string? currentKey;
    private readonly Location at;
    private readonly List<Problem> problems = [];

    private Binder(IExpressionScope scope, string? currentKey, Location at)
    {
        this.scope = scope;
        this.currentKey = currentKey;
        this.at = at;
    }

    /// <param name="currentKey">The question whose constraint or calculation this is, which <c>.</c> reads; null when none.</param>
    public static Result<BoundExpression> Bind(Syntax syntax, IExpressionScope scope, string? currentKey = null, Location? at = null)
    {
        var binder = new Binder(scope, currentKey, at ?? Location.Nowhere);
        var bound = binder.BindExpression(syntax);
        return binder.problems.Count == 0 ? Result<BoundExpression>.Success(bound) : Result<BoundExpression>.Failure(binder.problems);
    }

    private Location At(TextSpan span) => at with { Span = span };

    private BoundExpression BindExpression(Syntax syntax) => syntax switch
    {
        Syntax.NumberLiteral n => new BoundExpression.Literal(Value.Number(n.Value), n.Span),
        Syntax.StringLiteral s => new BoundExpression.Literal(Value.String(s.Value), s.Span),
        Syntax.Reference r => BindReference(r.Key, isCurrent: false, r.Span),
        Syntax.Current c => currentKey is null
            ? Report(ExpressionProblems.NoCurrentQuestion(At(c.Span)), c.Span)
            : BindReference(currentKey, isCurrent: true, c.Span),
        Syntax.Negate n => new BoundExpression.Negate(RequireNumber(BindExpression(n.Operand)), n.Span),
        Syntax.Binary b => BindBinary(b),
        Syntax.Call c => BindCall(c),
        _ => throw new InvalidOperationException($"Unknown syntax {syntax.GetType().Name}."),
    };

    private BoundExpression BindReference(string key, bool isCurrent, TextSpan span) =>
        scope.TryFind(key, out var question)
            ? new BoundExpression.Reference(question, isCurrent, span)
            : Report(ExpressionProblems.UnknownReference(key, At(span)), span);

    private BoundExpression BindBinary(Syntax.Binary syntax)
    {
        var left = BindExpression(syntax.Left);
        var right = BindExpression(syntax.Right);
        if (Operators.IsArithmetic(syntax.Operator) || Operators.IsRelational(syntax.Operator))
        {
            RequireNumber(left);
            RequireNumber(right);
        }
        else if (syntax.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            CheckOption(left, right);
            CheckOption(right, left);
        }
        return new BoundExpression.Binary(left, syntax.Operator, right, syntax.Span);
    }

    private BoundExpression BindCall(Syntax.Call syntax)
    {
        var arguments = syntax.Arguments.Select(BindExpression).ToImmutableArray();
        if (Functions.Find(syntax.Name) is not { } function)
            return Report(ExpressionProblems.UnknownFunction(syntax.Name, At(syntax.NameSpan)), syntax.Span);
        if (!function.Accepts(arguments.Length))
            return Report(ExpressionProblems.ArgumentCount(function, arguments.Length, At(syntax.Span)), syntax.Span);
        for (var i = 0; i < arguments.Length; i++)
        {
            if (function.ParameterType(i) == ExpressionType.Number) RequireNumber(arguments[i]);
        }
        var state = function.Check?.Invoke(arguments, at, problems);
        return new BoundExpression.Call(function, arguments, state, syntax.Span);
    }

    /// <summary>Text written where a number must be ('abc' + 1) is a mistake; '' is ODK's empty value and passes.</summary>
    private BoundExpression RequireNumber(BoundExpression operand)
    {
        if (operand is BoundExpression.Literal { Value: { Kind: ValueKind.String } text } literal
            && text.Text.Length > 0 && double.IsNaN(text.ToNumber()))
            problems.Add(ExpressionProblems.NotANumber(text.Text, At(literal.Span)));
        return operand;
    }

    /// <summary>${keuze} = 'optie': the literal must be one of the question's option values (each, for a multiple choice).</summary>
    private void CheckOption(BoundExpression side, BoundExpression other)
    {
        if (side is not BoundExpression.Reference { Question: { IsChoice: true } choice }
            || other is not BoundExpression.Literal { Value.Kind: ValueKind.String } literal) return;
        foreach (var option in literal.Value.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!choice.MayHaveOption(option))
                problems.Add(ExpressionProblems.UnknownOption(choice.Key, option, At(literal.Span)));
        }
    }

    private BoundExpression.Error Report(Problem problem, TextSpan span)
    {
        problems.Add(problem);
        return new BoundExpression.Error(span);
    }
}
