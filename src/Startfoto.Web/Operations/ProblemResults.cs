using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Startfoto.Domain.Problems;

namespace Startfoto.Web.Operations;

public static class ProblemResults
{
    /// <summary>RFC 7807 validation problem: every message under the field it is about.</summary>
    public static ValidationProblem ToValidationProblem(this ImmutableArray<Problem> problems) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.At.Key ?? "").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            title: "De invoer klopt niet.",
            detail: "Zie de meldingen per veld.");

    public static IEnumerable<string> For(this ImmutableArray<Problem> problems, string field) =>
        problems.IsDefaultOrEmpty ? [] : problems.Where(p => p.At.Key == field).Select(p => p.Message);
}
