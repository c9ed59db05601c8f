using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires;

/// <summary>What evaluation needs of one slot, compiled: its section, its condition and calculation, and its answer check.</summary>
/// <param name="Section">Index into the questionnaire's sections; -1 for a conversation field.</param>
internal sealed record SlotRules(int Section, CompiledExpression? VisibleWhen, CompiledExpression? Calculation, AnswerCheck Check);
