namespace Startfoto.Web.Features.Conversation;

/// <summary>One answer of the regio's self-scan as the adviseur reads it next to the conversation fields.</summary>
public sealed record SelfScanAnswer(string Key, string Label, string Answer, string? Comment);
