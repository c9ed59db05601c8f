namespace Startfoto.Domain.Scoring;

/// <summary>Ondersteuningsbehoefte on a theme, from none to high: a higher value is a greater need.</summary>
public enum Need
{
    Geen = 0,
    Licht = 1,
    Matig = 2,
    Hoog = 3,
}

public static class Needs
{
    /// <summary>What a theme reads in tier rules when there are too few answers to score it.</summary>
    public const string InsufficientData = "onvoldoende";

    public static readonly IReadOnlyList<Need> All = [Need.Geen, Need.Licht, Need.Matig, Need.Hoog];

    /// <summary>As written in definitions, tier rules and the API: "geen", "licht", "matig", "hoog".</summary>
    public static string Text(this Need need) => need switch
    {
        Need.Geen => "geen",
        Need.Licht => "licht",
        Need.Matig => "matig",
        _ => "hoog",
    };

    public static string Text(this Need? need) => need?.Text() ?? InsufficientData;

    public static bool TryParse(string? text, out Need need)
    {
        foreach (var n in All)
            if (n.Text() == text)
            {
                need = n;
                return true;
            }
        need = default;
        return false;
    }

    public static Need Max(Need a, Need b) => a >= b ? a : b;
}
