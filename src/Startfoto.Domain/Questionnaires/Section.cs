using System.Collections.Immutable;

namespace Startfoto.Domain.Questionnaires;

/// <summary>A page of the vragenlijst; may be assigned to a colleague as a whole.</summary>
public sealed record Section(string Key, string Title, string? Description, ImmutableArray<Question> Questions, string? VisibleWhen = null);
