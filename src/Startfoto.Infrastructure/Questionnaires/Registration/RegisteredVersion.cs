using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>One registered version as the Beheerder lists it, without its definition.</summary>
public sealed record RegisteredVersion(
    string Key, int Version, string Title, InstrumentKind Kind, QuestionnaireLevel Level,
    DateTimeOffset RegisteredAt, string Source, string FileName, string ContentHash, int Responses);
