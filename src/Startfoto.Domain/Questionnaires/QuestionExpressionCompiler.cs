using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires;

/// <summary>Compiles the expressions of a definition against its scope, collecting located problems; null when absent or wrong.</summary>
internal sealed class QuestionExpressionCompiler(IExpressionScope scope, string file, List<Problem> problems)
{
    /// <summary>A visibleWhen: no '.', as a question's relevance reading itself would be a cycle.</summary>
    public CompiledExpression? Condition(string? source, string key) => AsCondition(Compile(source, key, current: null), key);

    /// <summary>A constraint: '.' is the answer being checked (for a matrix, its row).</summary>
    public CompiledExpression? Constraint(string? source, string key, string current) => AsCondition(Compile(source, key, current), key);

    public CompiledExpression? Calculation(string? source, string key, string current) => Compile(source, key, current);

    private CompiledExpression? Compile(string? source, string key, string? current)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        var result = ExpressionEngine.Compile(source, scope, current, new Location(File: file, Key: key));
        problems.AddRange(result.Problems);
        return result.Value;
    }

    /// <summary>
    /// ODK takes the boolean of anything, but a number or a date as a condition is almost always a slip (a number is
    /// true unless 0, a date always): ask for a comparison. Text stays allowed: ${naam} as "answered" is an idiom.
    /// </summary>
    private CompiledExpression? AsCondition(CompiledExpression? expression, string key)
    {
        if (expression?.Type is not (ExpressionType.Number or ExpressionType.Date)) return expression;
        problems.Add(ExpressionProblems.NotACondition(expression.Type, new Location(File: file, Key: key, Span: expression.Bound.Span)));
        return null;
    }
}
