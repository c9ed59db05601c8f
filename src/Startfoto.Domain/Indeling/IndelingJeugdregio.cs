namespace Startfoto.Domain.Indeling;

/// <summary>A jeugdregio as an indeling lists it; the regio's of a year follow from its gemeenten.</summary>
public sealed record IndelingJeugdregio(JeugdregioCode Code, string Name)
{
    public override string ToString() => $"{Code} {Name}";
}
