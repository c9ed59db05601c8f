using System.Text.Json;

namespace Startfoto.Web.Features.FillingIn.Api;

/// <summary>Answers to save, all or nothing.</summary>
public sealed record SaveAnswersRequest(IReadOnlyList<AnswerChangeRequest>? Answers);

/// <summary>
/// One answer: <see cref="Value"/> as in an answers file (null clears it); <see cref="Version"/> the version last read
/// (0 when there was no answer yet). A colleague's newer answer makes the save a 409 with the current answer.
/// </summary>
public sealed record AnswerChangeRequest(string? Key, JsonElement? Value, string? Comment, uint Version);

public sealed record SaveAnswersResponse(IReadOnlyList<SavedAnswer> Saved);

public sealed record ConflictDocument(string Key, object? CurrentValue, string? CurrentComment, uint CurrentVersion, string ChangedBy, DateTimeOffset ChangedAt);

public sealed record AssignSectionRequest(Guid? UserId);

public sealed record StatusDocument(string Status, string StatusLabel);
