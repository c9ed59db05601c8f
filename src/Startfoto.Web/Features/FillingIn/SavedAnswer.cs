namespace Startfoto.Web.Features.FillingIn;

/// <summary>An answer as stored after a save: the version to send with the next save of it.</summary>
public sealed record SavedAnswer(string Key, uint Version, DateTimeOffset ChangedAt);
