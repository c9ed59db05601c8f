using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>A question an expression reads, and where (its first mention) — for dependencies and their problems.</summary>
public sealed record QuestionReference(string Key, int Slot, TextSpan Span);
