using System.Collections.Immutable;

namespace Startfoto.Domain.Questionnaires.Versions;

/// <summary>
/// What applying a new version would do to one response's draft answers: every non-empty answer is either moved to
/// the same key or set aside in history with its reason. Nothing is dropped, nothing lands under another key.
/// </summary>
public sealed record AnswerMigration(ImmutableArray<AnswerMove> Moves, ImmutableArray<SetAsideAnswer> SetAside);
