namespace Startfoto.Web.Features.Gemeenten;

/// <summary>A gemeente user: the people a regioadviseur or colleague can reach for that gemeente.</summary>
public sealed record GemeenteContact(Guid Id, string DisplayName, string Email);
