using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Startfoto.Domain.Problems;

namespace Startfoto.Web.Features.Admin;

/// <summary>
/// Definition problems as RFC 7807: each message under its location ("a, positie 5", "survey, rij 3, kolom type"; "bestand" for the
/// file as a whole), and the same problems structured in the extension "problems" for scripts.
/// </summary>
public static class DefinitionProblemResults
{
    public static ValidationProblem ToDefinitionProblem(this ImmutableArray<Problem> problems, string title) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(Where).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            title: title,
            detail: "Er is niets opgeslagen. Los elk probleem op en probeer het opnieuw.",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = problems.Select(p => new
                {
                    p.Code, p.Message, p.At.File, p.At.Sheet, p.At.Row, p.At.Column, p.At.Key, Position = p.At.Span?.Start + 1,
                }).ToArray(),
            });

    static string Where(Problem p) => (p.At with { File = null }).ToString() is { Length: > 0 } at ? at : "bestand";
}
