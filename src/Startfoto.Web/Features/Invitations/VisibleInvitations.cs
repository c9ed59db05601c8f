using Startfoto.Domain.Accounts;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Identity;
using Startfoto.Web.Features.Accounts;

namespace Startfoto.Web.Features.Invitations;

static class VisibleInvitations
{
    /// <summary>
    /// The invitations an actor may see and revoke: the beheerder all, a regioadviseur those for gemeenten of
    /// their jeugdregio's in the given year's indeling (also a colleague-adviseur's), anyone else none (null).
    /// </summary>
    public static IQueryable<Invitation>? For(StartfotoDb db, Actor actor, int? year)
    {
        if (actor.Is(Role.Beheerder))
            return db.Invitations;
        if (!actor.Is(Role.Regioadviseur))
            return null;
        var regios = actor.Jeugdregios.ToArray();
        var gemeenten = db.Gemeenten.Where(g => g.Year == year && regios.Contains(g.JeugdregioCode)).Select(g => g.Code);
        return db.Invitations.Where(i => i.Role == Role.Gemeente && gemeenten.Contains(i.GemeenteCode!));
    }
}
