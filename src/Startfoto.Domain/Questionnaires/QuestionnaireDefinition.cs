using System.Collections.Immutable;

namespace Startfoto.Domain.Questionnaires;

/// <summary>A versioned vragenlijst as written in questionnaires/*.json: configuration, not code.</summary>
public sealed record QuestionnaireDefinition(
    string Key,
    int Version,
    string Title,
    InstrumentKind Kind,
    QuestionnaireLevel Level,
    string? Description,
    ImmutableArray<Theme> Themes,
    ImmutableArray<Section> Sections,
    ConversationFields? Conversation = null)
{
    public ConversationFields Conversation { get; init; } = Conversation ?? ConversationFields.None;

    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);
}
