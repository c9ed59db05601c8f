namespace Startfoto.Web.Features.Rounds;

/// <summary>A section of one response: the colleague assigned to it, and the latest change of an answer in it.</summary>
public sealed record SectionProgress(string Key, string Title, string? AssignedTo, Activity? LastActivity);
