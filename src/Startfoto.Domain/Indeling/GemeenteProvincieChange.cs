namespace Startfoto.Domain.Indeling;

/// <summary>A gemeente listed with another provincie (code or name) than before.</summary>
public sealed record GemeenteProvincieChange(IndelingGemeente Before, IndelingGemeente After);
