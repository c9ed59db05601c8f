namespace Startfoto.Web.Features.Rounds;

/// <summary>When someone last worked on something, and who (null when the account is gone).</summary>
public sealed record Activity(DateTimeOffset At, string? By);
