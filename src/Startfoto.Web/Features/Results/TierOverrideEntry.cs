namespace Startfoto.Web.Features.Results;

/// <summary>An override as the audit shows it: who, when, from which tier to which, and why.</summary>
/// <param name="Applies">Made after the latest submission: it gives the final tier unless a later override does.</param>
public sealed record TierOverrideEntry(string FromTier, string ToTier, string Motivation, string By, DateTimeOffset At, bool Applies);
