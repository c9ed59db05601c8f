using System.Globalization;

namespace Startfoto.Web.Components.Shared;

/// <summary>Dates as Dutch users read them, in Dutch time whatever the server's zone.</summary>
public static class DutchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");
    static readonly TimeZoneInfo Zone = FindZone();

    public static string DateTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Zone).ToString("d MMMM yyyy 'om' HH:mm", Culture);

    public static string Date(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Zone).ToString("d MMM yyyy", Culture);

    static TimeZoneInfo FindZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;
}
