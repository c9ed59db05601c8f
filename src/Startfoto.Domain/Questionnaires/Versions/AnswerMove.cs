using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires.Versions;

/// <summary>A draft answer that moves to the same key in the new version, unchanged.</summary>
public sealed record AnswerMove(string Key, Value Value);
