using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Indeling;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Gemeenten;

/// <summary>
/// The gemeente users of one gemeente. A gemeente user sees only their own gemeente, a regioadviseur only the
/// gemeenten of their jeugdregio's (in that year's indeling), beheerder and OZJ all, landelijk none.
/// </summary>
public sealed class ListGemeenteContacts(IDbContextFactory<StartfotoDb> dbs)
{
    public async Task<Outcome<IReadOnlyList<GemeenteContact>>> RunAsync(Actor actor, int year, string code, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
            return Outcome<IReadOnlyList<GemeenteContact>>.Invalid("year", "GEM002", "Het jaar moet tussen 2000 en 2100 liggen.");
        if (!GemeenteCode.IsValid(code))
            return Outcome<IReadOnlyList<GemeenteContact>>.Invalid("code", "GEM001", "Een gemeentecode is GM gevolgd door vier cijfers, zoals GM0599.");
        // Refuse before looking anything up: a gemeente user learns nothing about other gemeenten.
        if (actor.Role is null or Role.Landelijk || (actor.Is(Role.Gemeente) && actor.GemeenteCode != code))
            return Outcome<IReadOnlyList<GemeenteContact>>.Forbidden;

        await using var db = await dbs.CreateDbContextAsync(ct);
        var gemeente = await db.Gemeenten.AsNoTracking().Where(g => g.Year == year && g.Code == code)
            .Select(g => new { g.Code, g.JeugdregioCode }).SingleOrDefaultAsync(ct);
        if (gemeente is null)
            return Outcome<IReadOnlyList<GemeenteContact>>.NotFound;
        if (!actor.MaySee(gemeente.Code, gemeente.JeugdregioCode))
            return Outcome<IReadOnlyList<GemeenteContact>>.Forbidden;

        var roleId = await db.Roles.Where(r => r.Name == Role.Gemeente).Select(r => r.Id).SingleAsync(ct);
        var contacts = await db.Users.AsNoTracking()
            .Where(u => u.GemeenteCode == code && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .OrderBy(u => u.DisplayName)
            .Select(u => new GemeenteContact(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(ct);
        return Outcome<IReadOnlyList<GemeenteContact>>.Ok(contacts);
    }
}
