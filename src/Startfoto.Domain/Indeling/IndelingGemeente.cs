namespace Startfoto.Domain.Indeling;

/// <summary>One gemeente in the indeling of a year: which jeugdregio and provincie it belongs to.</summary>
public sealed record IndelingGemeente(
    GemeenteCode Code, string Name,
    JeugdregioCode JeugdregioCode, string JeugdregioName,
    ProvincieCode ProvincieCode, string ProvincieName)
{
    public override string ToString() => $"{Code} {Name}";
}
