using System.Text.Json;

namespace Startfoto.Web.Features.FillingIn.Api;

/// <summary>A response as the API gives it: the form (the questionnaire definition), the answers and where it stands.</summary>
public sealed record ResponseDocument(
    Guid Id, Guid RoundId, string RoundTitle, string Respondent, string? GemeenteCode, string JeugdregioCode,
    string QuestionnaireKey, int QuestionnaireVersion, string Status, string StatusLabel, string? ReopenReason,
    DateOnly OpensOn, DateOnly ClosesOn, bool MayAnswer, int Answered, int Required,
    IReadOnlyList<AnswerDocument> Answers, IReadOnlyList<MissingDocument> Missing,
    IReadOnlyDictionary<string, string> Assignees, JsonElement Form);

/// <summary>One answer: value as in an answers file (option value, list, number, "jjjj-mm-dd", text), version to save against.</summary>
public sealed record AnswerDocument(
    string Key, object? Value, string? Comment, uint Version, DateTimeOffset ChangedAt, string ChangedBy, string Channel,
    string? PrefillSource, bool NeedsConfirmation);

public sealed record MissingDocument(string Key, string? Section, string Label, string Reason, string Message);
