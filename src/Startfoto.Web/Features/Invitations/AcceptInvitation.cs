using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Identity;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Invitations;

/// <summary>
/// Turn an open invitation into an account with its role and scope. Single use: the invitation is claimed with a
/// conditional update inside the same transaction that creates the user, so two tabs cannot both succeed.
/// Uses the request's StartfotoDb (not the factory) because UserManager saves through that same context.
/// </summary>
public sealed class AcceptInvitation(StartfotoDb db, UserManager<StartfotoUser> users, TimeProvider time)
{
    public async Task<InvitationView?> FindAsync(string token, CancellationToken ct)
    {
        var hash = InvitationToken.Hash(token);
        var found = await (
            from i in db.Invitations.AsNoTracking().Where(i => i.TokenHash == hash)
            join u in db.Users on i.InvitedById equals u.Id into inviters
            from inviter in inviters.DefaultIfEmpty()
            select new { Invitation = i, InvitedBy = inviter == null ? "Startfoto" : inviter.DisplayName })
            .SingleOrDefaultAsync(ct);
        if (found is null)
            return null;
        var invitation = found.Invitation;
        return new InvitationView(invitation.Email, invitation.DisplayName, invitation.Role, await ScopeAsync(invitation, ct),
            found.InvitedBy, invitation.ExpiresAt, invitation.StatusAt(time.GetUtcNow()));
    }

    public async Task<Outcome<StartfotoUser>> RunAsync(string token, string password, CancellationToken ct)
    {
        var hash = InvitationToken.Hash(token);
        if (await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct) is not { } invitation)
            return Outcome<StartfotoUser>.NotFound;
        var now = time.GetUtcNow();
        if (invitation.StatusAt(now) is not InvitationStatus.Pending and var status)
            return Outcome<StartfotoUser>.Invalid([InvitationProblems.NotPending(status)]);

        var user = new StartfotoUser
        {
            UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = invitation.DisplayName,
            GemeenteCode = invitation.Role == Role.Gemeente ? invitation.GemeenteCode : null, CreatedAt = now,
            Jeugdregios = invitation.Role == Role.Regioadviseur
                ? [.. invitation.JeugdregioCodes.Select(code => new RegioadviseurJeugdregio { JeugdregioCode = code })] : [],
        };
        // Check the password first, so a weak one does not use up the invitation.
        var problems = new List<Problem>();
        foreach (var validator in users.PasswordValidators)
            problems.AddRange(Problems(await validator.ValidateAsync(users, user, password), "password"));
        if (problems.Count > 0)
            return Outcome<StartfotoUser>.Invalid(problems);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now), ct);
        if (claimed == 0)
            return Outcome<StartfotoUser>.Invalid([InvitationProblems.NotPending(InvitationStatus.Accepted)]);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return Outcome<StartfotoUser>.Invalid(Problems(created, "email"));
        var inRole = await users.AddToRoleAsync(user, invitation.Role);
        if (!inRole.Succeeded)
            throw new InvalidOperationException($"Rol {invitation.Role} toekennen mislukt: {inRole}");
        await db.Invitations.Where(i => i.Id == invitation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedUserId, user.Id), ct);
        await transaction.CommitAsync(ct);
        return Outcome<StartfotoUser>.Ok(user);
    }

    static IEnumerable<Problem> Problems(IdentityResult result, string field) =>
        result.Errors.Select(e => new Problem(e.Code, e.Description, new Location(Key: field)));

    async Task<string?> ScopeAsync(Invitation invitation, CancellationToken ct)
    {
        if (invitation.Role == Role.Gemeente)
        {
            var name = await db.Gemeenten.Where(g => g.Code == invitation.GemeenteCode)
                .OrderByDescending(g => g.Year).Select(g => g.Name).FirstOrDefaultAsync(ct);
            return $"gemeente {name ?? invitation.GemeenteCode}";
        }
        if (invitation.Role != Role.Regioadviseur)
            return null;
        var codes = invitation.JeugdregioCodes;
        var names = await db.Jeugdregios.Where(r => codes.Contains(r.Code))
            .GroupBy(r => r.Code).Select(g => g.OrderByDescending(r => r.Year).Select(r => r.Name).First()).ToListAsync(ct);
        return $"jeugdregio {string.Join(", ", names.Order(StringComparer.CurrentCulture))}";
    }
}
