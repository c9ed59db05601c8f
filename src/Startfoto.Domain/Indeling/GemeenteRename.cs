namespace Startfoto.Domain.Indeling;

/// <summary>A gemeente whose name changed while its code stayed.</summary>
public sealed record GemeenteRename(GemeenteCode Code, string OldName, string NewName);
