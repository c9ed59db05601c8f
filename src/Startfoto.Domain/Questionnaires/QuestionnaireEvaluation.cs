using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// The state of every slot for one answer set: visible, required, value, valid with a message, and progress.
/// Reusable: <see cref="Run"/> overwrites it in place and allocates nothing.
/// </summary>
/// <remarks>
/// ODK relevance, as JavaRosa implements it: a slot is visible when its own visibleWhen and its section's hold
/// (a hidden section hides all it holds; a matrix's condition holds for each row). A hidden slot keeps its stored
/// answer (<see cref="Value"/>), but every expression reads it as '' (XPathPathExpr.getRefValue:
/// <c>node.isRelevant() ? node.getValue() : null</c>), it is not required, not checked and not counted.
/// A constraint is checked only on a visible, non-empty answer other than n.v.t. or weet niet.
/// </remarks>
public sealed class QuestionnaireEvaluation
{
    private readonly Questionnaire questionnaire;
    private readonly bool[] sectionVisible;
    private readonly bool[] visible;
    private readonly bool[] required;
    private readonly string?[] messages;
    private readonly Value[] values;
    private readonly Value[] seen; // what expressions read: the value when visible, else ''

    internal QuestionnaireEvaluation(Questionnaire questionnaire)
    {
        this.questionnaire = questionnaire;
        var count = questionnaire.Slots.Length;
        sectionVisible = new bool[questionnaire.SectionConditions.Length];
        (visible, required, messages) = (new bool[count], new bool[count], new string?[count]);
        (values, seen) = (new Value[count], new Value[count]);
    }

    public Questionnaire Questionnaire => questionnaire;

    public Progress Progress { get; private set; }

    public QuestionState this[int slot] =>
        new(questionnaire.Slots[slot], visible[slot], required[slot], messages[slot], values[slot]);

    public QuestionState this[string key] => questionnaire.TryFind(key, out var slot)
        ? this[slot.Slot]
        : throw new KeyNotFoundException($"Questionnaire '{questionnaire.Definition.Key}' has no answer '{key}'.");

    public IEnumerable<QuestionState> All => questionnaire.Slots.Select(s => this[s.Slot]);

    public bool IsSectionVisible(int section) => sectionVisible[section];

    /// <summary>What expressions read after the last run: each value when visible, else ''.</summary>
    internal ReadOnlySpan<Value> Seen => seen;

    /// <summary>The date of the last run, for expressions evaluated over its answers later (scoring floors).</summary>
    internal DateOnly Today { get; private set; }

    /// <param name="answers">The stored answers by slot (calculated slots are ignored).</param>
    public void Run(ReadOnlySpan<Value> answers, DateOnly today)
    {
        if (answers.Length != values.Length)
            throw new ArgumentException($"Expected {values.Length} answers, one per slot, got {answers.Length}.", nameof(answers));
        Today = today;
        var slots = questionnaire.Slots;
        var rules = questionnaire.Rules;
        var sections = questionnaire.SectionConditions;
        foreach (var node in questionnaire.Order)
        {
            if (node < sections.Length)
            {
                sectionVisible[node] = sections[node]?.IsTrue(seen, today) ?? true;
                continue;
            }
            var slot = node - sections.Length;
            var rule = rules[slot];
            visible[slot] = (rule.Section < 0 || sectionVisible[rule.Section]) && (rule.VisibleWhen?.IsTrue(seen, today) ?? true);
            values[slot] = rule.Calculation is { } calculation ? calculation.Evaluate(seen, today) : answers[slot];
            seen[slot] = visible[slot] ? values[slot] : Value.Empty;
        }

        var (answered, requiredCount) = (0, 0);
        for (var slot = 0; slot < values.Length; slot++)
        {
            var info = slots[slot];
            required[slot] = visible[slot] && info.Question.Required && !info.IsCalculated;
            messages[slot] = visible[slot] && !info.IsCalculated
                ? rules[slot].Check.Check(values[slot], required[slot], seen, today)
                : null;
            if (!required[slot] || info.IsConversation) continue;
            requiredCount++;
            if (!values[slot].IsEmpty) answered++;
        }
        Progress = new Progress(answered, requiredCount);
    }
}
