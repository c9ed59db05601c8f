using Startfoto.Domain.Responses;

namespace Startfoto.Web.Features.Rounds;

/// <summary>A response after an approval or reopening.</summary>
public sealed record ResponseStatusChanged(Guid Id, ResponseStatus Status, string StatusLabel, DateTimeOffset At, string? Reason);
