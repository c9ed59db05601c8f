using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Data;

/// <summary>
/// One registered version of a vragenlijst: the definition as its normalised JSON (jsonb) with key, version and the
/// SHA-256 of its canonical form. EF never maps the domain tree; compile <see cref="Definition"/> to use it.
/// </summary>
public sealed class QuestionnaireVersion
{
    public required string Key { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public InstrumentKind Kind { get; set; }
    public QuestionnaireLevel Level { get; set; }
    public required string Definition { get; set; }
    public required string ContentHash { get; set; }
    public required string Source { get; set; }
    public required string FileName { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public Guid? RegisteredBy { get; set; }
}
