namespace Startfoto.Web.Features.Rounds;

/// <summary>Why a response is reopened; the gemeente sees it with the reopened vragenlijst.</summary>
public sealed record ReopenInput(string? Reason);
