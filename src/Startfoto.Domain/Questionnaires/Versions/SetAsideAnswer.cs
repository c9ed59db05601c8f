using System.Collections.Immutable;
using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Questionnaires.Versions;

/// <summary>A draft answer that stays, unchanged, in the history of the old version and is shown as such.</summary>
public sealed record SetAsideAnswer(string Key, Value Value, SetAsideReason Reason, ImmutableArray<string> RemovedValues);
