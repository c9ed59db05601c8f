using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// Definition → <see cref="Questionnaire"/>: the structure check, one slot per answerable key, every visibleWhen,
/// constraint and calculation bound against those slots, and the order to evaluate them in. Reports every problem,
/// each at the key of the question or section it belongs to (and, for an expression, the position in it).
/// </summary>
public static class QuestionnaireCompiler
{
    public static Result<Questionnaire> Compile(QuestionnaireDefinition definition, string file)
    {
        var problems = new List<Problem>(StructureCheck.Run(definition, file));
        var slots = SlotLayout.Of(definition, file, problems);
        var scope = new ExpressionScope(slots.Select(s => s.ToSymbol()));
        var expressions = new QuestionExpressionCompiler(scope, file, problems);

        var sections = definition.Sections;
        var sectionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Length; i++) sectionIndex.TryAdd(sections[i].Key, i);
        var sectionConditions = sections.Select(s => expressions.Condition(s.VisibleWhen, s.Key)).ToArray();

        // A matrix shares its condition among its rows; its constraint is bound per row, as '.' is the row.
        var conditions = new Dictionary<Question, CompiledExpression?>(ReferenceEqualityComparer.Instance);
        var failed = new HashSet<Question>(ReferenceEqualityComparer.Instance); // reported once, not per row or theme
        var rules = new SlotRules[slots.Count];
        foreach (var slot in slots)
        {
            var question = slot.Question;
            if (!conditions.TryGetValue(question, out var condition))
                conditions[question] = condition = expressions.Condition(question.VisibleWhen, question.Key);
            CompiledExpression? constraint = null, calculation = null;
            if (!failed.Contains(question))
            {
                if (slot.IsCalculated) calculation = expressions.Calculation(question.Calculation, question.Key, slot.Key);
                else constraint = expressions.Constraint(question.Constraint, question.Key, slot.Key);
                if ((slot.IsCalculated ? calculation : constraint) is null
                    && !string.IsNullOrWhiteSpace(slot.IsCalculated ? question.Calculation : question.Constraint)) failed.Add(question);
            }
            var section = slot.Section is { } key ? sectionIndex[key] : -1;
            rules[slot.Slot] = new SlotRules(section, condition, calculation, new AnswerCheck(slot, constraint));
        }

        var calculations = slots.Where(s => rules[s.Slot].Calculation is not null)
            .Select(s => Calculation.Of(s.Key, rules[s.Slot].Calculation!, new Location(File: file, Key: s.Key)));
        var calculationOrder = CalculationOrder.Of(calculations);
        problems.AddRange(calculationOrder.Problems);
        var order = calculationOrder.Ok ? EvaluationOrder.Of(sections, sectionConditions, slots, rules, file) : null;
        if (order is { Ok: false }) problems.AddRange(order.Problems);

        if (problems.Count > 0) return Result<Questionnaire>.Failure(problems);
        var questionnaire = new Questionnaire(definition, [.. slots], scope, calculationOrder.Value, sectionConditions, rules, order!.Value!);
        if (definition.Scoring is not { } scoring) return Result<Questionnaire>.Success(questionnaire);
        var scorer = Scoring.ScoringCompiler.Compile(questionnaire, scoring, file);
        if (!scorer.Ok) return Result<Questionnaire>.Failure(scorer.Problems);
        questionnaire.Scorer = scorer.Value;
        return Result<Questionnaire>.Success(questionnaire);
    }
}
