using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// The order to evaluate sections and slots in, so that everything an expression reads is final before it runs.
/// Nodes 0…S-1 are the sections (their visibleWhen), S… the slots. A slot waits for its section and for what its
/// own visibleWhen and calculation read; a hidden question reads as '' (ODK relevance), so a condition depends on
/// the visibility of what it reads, not only on its answer. JavaRosa refuses such a cycle ("Cycle detected in
/// form's relevant and calculation logic"); so does this.
/// </summary>
internal static class EvaluationOrder
{
    private readonly record struct Edge(int Target, TextSpan? Span);

    public static Result<int[]> Of(IReadOnlyList<Section> sections, CompiledExpression?[] sectionConditions,
        IReadOnlyList<AnswerSlot> slots, SlotRules[] rules, string file)
    {
        var s = sections.Count;
        var edges = new List<Edge>[s + slots.Count];
        for (var i = 0; i < s; i++) edges[i] = [.. References(sectionConditions[i], s)];
        for (var i = 0; i < slots.Count; i++)
        {
            var r = rules[i];
            edges[s + i] = [.. References(r.VisibleWhen, s), .. References(r.Calculation, s)];
            if (r.Section >= 0) edges[s + i].Add(new Edge(r.Section, null));
        }

        var state = new byte[edges.Length]; // 0 new, 1 on the path, 2 done
        var path = new List<int>();
        var order = new List<int>(edges.Length);
        var problems = new List<Problem>();
        string Name(int node) => node < s ? sections[node].Key : slots[node - s].Key;
        string Owner(int node) => node < s ? sections[node].Key : slots[node - s].Question.Key;

        void Visit(int node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var edge in edges[node])
            {
                if (state[edge.Target] == 0) Visit(edge.Target);
                else if (state[edge.Target] == 1)
                {
                    var chain = path.Skip(path.IndexOf(edge.Target)).Append(edge.Target).Select(Name);
                    var at = edge.Span is { } span
                        ? new Location(File: file, Key: Owner(node), Span: span)
                        : new Location(File: file, Key: Owner(edge.Target));
                    problems.Add(ExpressionProblems.CircularCondition(chain, at));
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            order.Add(node);
        }

        // Slots first: a cycle through a section is then closed by the section's own reference, which has a span.
        for (var node = s; node < edges.Length; node++) if (state[node] == 0) Visit(node);
        for (var node = 0; node < s; node++) if (state[node] == 0) Visit(node);
        return problems.Count == 0 ? Result<int[]>.Success([.. order]) : Result<int[]>.Failure(problems);
    }

    private static IEnumerable<Edge> References(CompiledExpression? expression, int sectionCount) =>
        expression is null ? [] : expression.References.Select(r => new Edge(sectionCount + r.Slot, r.Span));
}
