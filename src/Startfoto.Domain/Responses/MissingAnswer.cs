namespace Startfoto.Domain.Responses;

public enum MissingReason { Unanswered, Invalid, PrefillNotConfirmed }

/// <summary>What keeps a response from being submitted, per question, with the section to link to.</summary>
public sealed record MissingAnswer(string Key, string? Section, string Label, MissingReason Reason, string Message);
