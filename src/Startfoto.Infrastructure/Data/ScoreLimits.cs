namespace Startfoto.Infrastructure.Data;

/// <summary>The longest tier name and override motivation the database keeps; operations check them first and say so in Dutch.</summary>
public static class ScoreLimits
{
    public const int TierLength = 64;
    public const int MotivationLength = 2000;
}
