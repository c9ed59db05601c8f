namespace Startfoto.Domain.Indeling;

/// <summary>A gemeente that belongs to another jeugdregio than before.</summary>
public sealed record GemeenteMove(IndelingGemeente Before, IndelingGemeente After);
