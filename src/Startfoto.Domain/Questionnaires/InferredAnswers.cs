using System.Collections.Immutable;
using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires;

/// <summary>Answers read without a questionnaire (to try an expression): a scope with one question per key, and the values by slot.</summary>
public sealed record InferredAnswers(ExpressionScope Scope, ImmutableArray<Value> Values);
