using System.Collections.Immutable;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>selected and count-selected on a multiple-choice answer: option values separated by spaces.</summary>
internal static class ChoiceFunctions
{
    /// <summary>JavaRosa multiSelected: (" " + answer + " ").contains(" " + trim(value) + " "), without allocating.</summary>
    public static Value Selected(Arguments a)
    {
        var answer = a.Text(0).AsSpan();
        var wanted = a.Text(1).AsSpan().Trim();
        if (wanted.IsEmpty) return Value.False;
        for (var from = 0; from <= answer.Length - wanted.Length;)
        {
            var found = answer[from..].IndexOf(wanted);
            if (found < 0) break;
            var start = from + found;
            var end = start + wanted.Length;
            if ((start == 0 || answer[start - 1] == ' ') && (end == answer.Length || answer[end] == ' ')) return Value.True;
            from = start + 1;
        }
        return Value.False;
    }

    /// <summary>JavaRosa countSelected: DateUtils.split(answer, " ", true), so repeated spaces count once and '' is 0.</summary>
    public static Value CountSelected(Arguments a)
    {
        var answer = a.Text(0);
        var count = 0;
        for (var i = 0; i < answer.Length; i++)
        {
            if (answer[i] != ' ' && (i == 0 || answer[i - 1] == ' ')) count++;
        }
        return Value.Number(count);
    }

    /// <summary>
    /// JavaRosa throws unless the answer and the option value are strings; here that is a bind-time check,
    /// plus: a question must be a choice question, and a literal option must be one of its options.
    /// </summary>
    public static object? Check(ImmutableArray<BoundExpression> arguments, Location at, ICollection<Problem> problems, string function)
    {
        var answer = arguments[0];
        if (answer is BoundExpression.Reference { Question: { IsChoice: false, Type: not AnswerType.Calculated } question })
            problems.Add(ExpressionProblems.NotAChoice(function, question.Key, at with { Span = answer.Span }));
        else if (answer.Type is ExpressionType.Number or ExpressionType.Boolean or ExpressionType.Date)
            problems.Add(ExpressionProblems.NotAText(function, 1, at with { Span = answer.Span }));
        if (arguments.Length < 2) return null;
        var option = arguments[1];
        if (option.Type is ExpressionType.Number or ExpressionType.Boolean or ExpressionType.Date)
            problems.Add(ExpressionProblems.NotAText(function, 2, at with { Span = option.Span }));
        else if (answer is BoundExpression.Reference { Question: { IsChoice: true } choice }
            && option is BoundExpression.Literal { Value.Kind: ValueKind.String } literal
            && !choice.MayHaveOption(literal.Value.Text.Trim()))
            problems.Add(ExpressionProblems.UnknownOption(choice.Key, literal.Value.Text.Trim(), at with { Span = option.Span }));
        return null;
    }
}
