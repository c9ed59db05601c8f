using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.Gemeenten;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Invitations;

/// <summary>The invitations an actor may see, newest first, with their status now.</summary>
public sealed class ListInvitations(IDbContextFactory<StartfotoDb> dbs, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<InvitationRow>>> RunAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var year = await CurrentIndeling.YearAsync(db, ct);
        if (VisibleInvitations.For(db, actor, year) is not { } visible)
            return Outcome<IReadOnlyList<InvitationRow>>.Forbidden;

        var rows = await (
            from i in visible.AsNoTracking()
            join u in db.Users on i.InvitedById equals u.Id into inviters
            from inviter in inviters.DefaultIfEmpty()
            join g in db.Gemeenten.Where(g => g.Year == year) on i.GemeenteCode equals g.Code into gemeenten
            from gemeente in gemeenten.DefaultIfEmpty()
            orderby i.CreatedAt descending
            select new { Invitation = i, Inviter = inviter == null ? null : inviter.DisplayName, Gemeente = gemeente == null ? null : gemeente.Name })
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        return Outcome<IReadOnlyList<InvitationRow>>.Ok([.. rows.Select(r => new InvitationRow(
            r.Invitation.Id, r.Invitation.Email, r.Invitation.DisplayName, r.Invitation.Role, r.Invitation.GemeenteCode,
            r.Gemeente, r.Invitation.JeugdregioCodes, r.Inviter, r.Invitation.CreatedAt, r.Invitation.ExpiresAt,
            r.Invitation.StatusAt(now)))]);
    }
}
