using System.Collections.Immutable;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>
/// The order to evaluate calculations in: each after the calculations it reads. References to questions
/// that are not calculations don't constrain the order. Keeps the given order where it is free to.
/// </summary>
public static class CalculationOrder
{
    public static Result<ImmutableArray<string>> Of(IEnumerable<Calculation> calculations)
    {
        var all = calculations.ToList();
        var byKey = all.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        var path = new List<string>();
        var order = ImmutableArray.CreateBuilder<string>(all.Count);
        var problems = new List<Problem>();

        void Visit(Calculation calculation)
        {
            state[calculation.Key] = false;
            path.Add(calculation.Key);
            foreach (var reference in calculation.References)
            {
                if (!byKey.TryGetValue(reference.Key, out var next)) continue;
                if (!state.TryGetValue(next.Key, out var done)) Visit(next);
                else if (!done)
                {
                    var chain = path.Skip(path.IndexOf(next.Key)).Append(next.Key);
                    var at = (calculation.At ?? Location.Nowhere) with { Key = calculation.Key, Span = reference.Span };
                    problems.Add(ExpressionProblems.CircularCalculation(chain, at));
                }
            }
            path.RemoveAt(path.Count - 1);
            state[calculation.Key] = true;
            order.Add(calculation.Key);
        }

        foreach (var calculation in all.Where(c => !state.ContainsKey(c.Key))) Visit(calculation);
        return problems.Count == 0 ? Result<ImmutableArray<string>>.Success(order.ToImmutable()) : Result<ImmutableArray<string>>.Failure(problems);
    }
}
