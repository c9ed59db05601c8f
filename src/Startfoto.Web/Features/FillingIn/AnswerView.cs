using Startfoto.Infrastructure.Data;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>A stored answer as the form shows it: value, toelichting, version for the next save, who changed it last and how.</summary>
public sealed record AnswerView(
    string Key, string? Text, string? Comment, uint Version, DateTimeOffset ChangedAt, string ChangedBy, AnswerChannel Channel,
    string? PrefillSource, bool NeedsConfirmation);
