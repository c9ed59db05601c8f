namespace Startfoto.Web.Features.Rounds;

/// <summary>How many responses stand where: niet gestart, bezig, ingediend, goedgekeurd, heropend.</summary>
public sealed record StatusCounts(int NotStarted, int InProgress, int Submitted, int Approved, int Reopened)
{
    public int Total => NotStarted + InProgress + Submitted + Approved + Reopened;
}
