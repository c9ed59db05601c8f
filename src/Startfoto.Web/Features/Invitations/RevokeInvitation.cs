using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.Gemeenten;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Invitations;

/// <summary>
/// Withdraw an open invitation so its link stops working. An invitation outside the actor's view is "not found",
/// so an adviseur cannot learn which invitations exist in other regio's.
/// </summary>
public sealed class RevokeInvitation(IDbContextFactory<StartfotoDb> dbs, TimeProvider time)
{
    public async Task<Outcome<InvitationStatus>> RunAsync(Actor actor, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var year = await CurrentIndeling.YearAsync(db, ct);
        if (VisibleInvitations.For(db, actor, year) is not { } visible)
            return Outcome<InvitationStatus>.Forbidden;
        if (await visible.SingleOrDefaultAsync(i => i.Id == id, ct) is not { } invitation)
            return Outcome<InvitationStatus>.NotFound;
        var now = time.GetUtcNow();
        if (invitation.StatusAt(now) is not InvitationStatus.Pending and var status)
            return Outcome<InvitationStatus>.Invalid([InvitationProblems.NotPending(status)]);
        // Conditional, so a link accepted a moment ago is not also marked revoked.
        var revoked = await db.Invitations
            .Where(i => i.Id == id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAt, now), ct);
        if (revoked == 0)
            return Outcome<InvitationStatus>.Invalid([InvitationProblems.NotPending(InvitationStatus.Accepted)]);
        return Outcome<InvitationStatus>.Ok(InvitationStatus.Revoked);
    }
}
