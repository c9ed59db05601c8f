using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Indeling;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Identity;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.Gemeenten;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Invitations;

/// <summary>
/// Invite someone: the beheerder the national roles and regioadviseurs, a regioadviseur contacts of gemeenten in
/// their own jeugdregio's (current indeling). A role the actor may not hand out, or a gemeente outside their regio's,
/// is refused, not reported as an input problem.
/// </summary>
public sealed class CreateInvitation(IDbContextFactory<StartfotoDb> dbs, TimeProvider time, IOptionsMonitor<AccountOptions> options)
{
    static readonly EmailAddressAttribute EmailFormat = new();

    public async Task<Outcome<CreatedInvitation>> RunAsync(Actor actor, InvitationInput input, CancellationToken ct)
    {
        if (actor.Role is not { } actorRole || !Role.All.Any(r => Role.CanInvite(actorRole, r)))
            return Outcome<CreatedInvitation>.Forbidden;
        var role = Role.All.FirstOrDefault(r => string.Equals(r, input.Role?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (role is not null && !Role.CanInvite(actorRole, role))
            return Outcome<CreatedInvitation>.Forbidden;

        var problems = new List<Problem>();
        var email = input.Email?.Trim() ?? "";
        if (email.Length is 0 or > 256 || !EmailFormat.IsValid(email))
            problems.Add(InvitationProblems.EmailMissing());
        var name = input.DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > 200)
            problems.Add(InvitationProblems.NameMissing());
        if (role is null)
            problems.Add(InvitationProblems.RoleUnknown());

        await using var db = await dbs.CreateDbContextAsync(ct);
        string? gemeenteCode = null;
        List<string> jeugdregios = [];
        if (role is Role.Gemeente or Role.Regioadviseur)
        {
            if (await CurrentIndeling.YearAsync(db, ct) is not { } year)
                problems.Add(InvitationProblems.NoIndeling());
            else if (role == Role.Gemeente)
            {
                gemeenteCode = input.GemeenteCode?.Trim().ToUpperInvariant();
                if (!GemeenteCode.IsValid(gemeenteCode))
                    problems.Add(InvitationProblems.GemeenteMissing());
                else if (await db.Gemeenten.AsNoTracking().SingleOrDefaultAsync(g => g.Year == year && g.Code == gemeenteCode, ct) is not { } gemeente)
                    problems.Add(InvitationProblems.GemeenteUnknown(gemeenteCode!, year));
                else if (!actor.WorksIn(gemeente.JeugdregioCode))
                    return Outcome<CreatedInvitation>.Forbidden;
            }
            else
            {
                jeugdregios = [.. (input.JeugdregioCodes ?? []).Select(c => c.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)];
                var known = await db.Jeugdregios.Where(r => r.Year == year && jeugdregios.Contains(r.Code)).Select(r => r.Code).ToListAsync(ct);
                if (jeugdregios.Count == 0)
                    problems.Add(InvitationProblems.JeugdregiosMissing());
                problems.AddRange(jeugdregios.Except(known).Select(code => InvitationProblems.JeugdregioUnknown(code, year)));
            }
        }

        if (problems.Count == 0)
            problems.AddRange(await EmailInUseAsync(db, email, ct));
        if (problems.Count > 0)
            return Outcome<CreatedInvitation>.Invalid(problems);

        var token = InvitationToken.Create();
        var now = time.GetUtcNow();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(), Email = email, DisplayName = name, Role = role!, GemeenteCode = gemeenteCode,
            JeugdregioCodes = jeugdregios, TokenHash = InvitationToken.Hash(token), InvitedById = actor.UserId,
            CreatedAt = now, ExpiresAt = now + options.CurrentValue.InvitationLifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return Outcome<CreatedInvitation>.Ok(new CreatedInvitation(invitation.Id, token, invitation.ExpiresAt));
    }

    async Task<IEnumerable<Problem>> EmailInUseAsync(StartfotoDb db, string email, CancellationToken ct)
    {
        var normalized = email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
            return [InvitationProblems.EmailHasAccount()];
        var now = time.GetUtcNow();
        var lower = email.ToLowerInvariant();
        if (await db.Invitations.AnyAsync(i => i.Email.ToLower() == lower && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, ct))
            return [InvitationProblems.EmailHasPendingInvitation()];
        return [];
    }
}
