using Startfoto.Web.Components.Shared;

namespace Startfoto.Web.Features.Rounds;

/// <summary>Round dates and activity as Dutch users read them.</summary>
static class RoundText
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", DutchFormat.Culture);

    public static string Of(Activity activity) =>
        activity.By is { } by ? $"{DutchFormat.DateTime(activity.At)} door {by}" : DutchFormat.DateTime(activity.At);
}
