namespace Startfoto.Web.Features.Results;

/// <summary>One result in a response's history, newest first; <see cref="Current"/> marks the one shown as current.</summary>
public sealed record ResultEntry(long Id, int RulesVersion, string Trigger, DateTimeOffset ComputedAt, string Tier, bool Current);
