namespace Startfoto.Web.Features.Admin;

/// <summary>One year of the indeling as the Beheerder page lists it.</summary>
public sealed record IndelingYear(int Year, int Jeugdregios, int Gemeenten);
