using System.Collections.Immutable;
using Roles = Startfoto.Domain.Accounts.Role;

namespace Startfoto.Web.Features.Accounts;

/// <summary>
/// Who performs an operation: role and scope, read from the claims. Operations ask the actor, never the page:
/// a gemeente user never sees another gemeente's data; a regioadviseur acts only in their own jeugdregio's.
/// </summary>
public sealed record Actor(Guid UserId, string? Role, string? GemeenteCode, ImmutableArray<string> Jeugdregios)
{
    public static readonly Actor Anonymous = new(Guid.Empty, null, null, []);

    public bool Is(string role) => Role == role;

    /// <summary>A regioadviseur for this jeugdregio.</summary>
    public bool WorksIn(string jeugdregioCode) => Is(Roles.Regioadviseur) && Jeugdregios.Contains(jeugdregioCode);

    /// <summary>May read the data of one gemeente, which lies in the given jeugdregio.</summary>
    public bool MaySee(string gemeenteCode, string jeugdregioCode) => Role switch
    {
        Roles.Beheerder or Roles.OZJ => true,
        Roles.Regioadviseur => WorksIn(jeugdregioCode),
        Roles.Gemeente => GemeenteCode == gemeenteCode,
        _ => false,
    };
}
