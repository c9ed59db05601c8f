using System.Collections.Immutable;

namespace Startfoto.Domain.Questionnaires;

/// <summary>A versioned vragenlijst as written in questionnaires/*.json: configuration, not code.</summary>
/// <param name="Scoring">The scoring rules the definition ships with; later rule versions are published apart (what-if).</param>
public sealed record QuestionnaireDefinition(
    string Key,
    int Version,
    string Title,
    InstrumentKind Kind,
    QuestionnaireLevel Level,
    string? Description,
    ImmutableArray<Theme> Themes,
    ImmutableArray<Section> Sections,
    ConversationFields? Conversation = null,
    Scoring.ScoringRules? Scoring = null)
{
    public ConversationFields Conversation { get; init; } = Conversation ?? ConversationFields.None;

    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);
}
