using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// A definition compiled once (<see cref="QuestionnaireCompiler"/>) and then evaluated often, from any thread:
/// answers and results are arrays indexed by <see cref="AnswerSlot.Slot"/>, and the evaluation order is fixed.
/// </summary>
public sealed class Questionnaire
{
    private readonly FrozenDictionary<string, AnswerSlot> byKey;

    internal Questionnaire(QuestionnaireDefinition definition, ImmutableArray<AnswerSlot> slots, ExpressionScope scope,
        ImmutableArray<string> calculationOrder, CompiledExpression?[] sectionConditions, SlotRules[] rules, int[] order)
    {
        Definition = definition;
        Slots = slots;
        Scope = scope;
        CalculationOrder = calculationOrder;
        SectionConditions = sectionConditions;
        Rules = rules;
        Order = order;
        byKey = slots.ToFrozenDictionary(s => s.Key, StringComparer.Ordinal);
    }

    public QuestionnaireDefinition Definition { get; }

    /// <summary>The scoring rules the definition ships with, compiled; null when it has none.</summary>
    public Scoring.Scorer? Scorer { get; internal set; }

    /// <summary>Every answerable key, in slot order: questions (matrix rows each), then conversation fields.</summary>
    public ImmutableArray<AnswerSlot> Slots { get; }

    /// <summary>The slots as the expression language sees them, to compile further expressions against.</summary>
    public IExpressionScope Scope { get; }

    /// <summary>The calculated keys, each after the calculations it reads.</summary>
    public ImmutableArray<string> CalculationOrder { get; }

    internal CompiledExpression?[] SectionConditions { get; }

    internal SlotRules[] Rules { get; }

    /// <summary>Node ids: below the section count a section, else section count + slot.</summary>
    internal int[] Order { get; }

    public bool TryFind(string key, [NotNullWhen(true)] out AnswerSlot? slot) => byKey.TryGetValue(key, out slot);

    public AnswerSet NewAnswers() => new(this);

    /// <summary>A result buffer to evaluate into, again and again, without allocating.</summary>
    public QuestionnaireEvaluation NewEvaluation() => new(this);

    public QuestionnaireEvaluation Evaluate(AnswerSet answers, DateOnly today)
    {
        var evaluation = NewEvaluation();
        evaluation.Run(answers.Values, today);
        return evaluation;
    }
}
