namespace Startfoto.Domain.Indeling;

/// <summary>A jeugdregio whose name changed while its code stayed (CBS renamed JZ35 "Midden-Brabant" in 2024).</summary>
public sealed record JeugdregioRename(JeugdregioCode Code, string OldName, string NewName);
