using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Web.Features.Accounts;

/// <summary>Adds the user's scope (gemeente, jeugdregio's) and 2FA state to the cookie and bearer token.</summary>
sealed class StartfotoClaimsFactory(
    UserManager<StartfotoUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    IDbContextFactory<StartfotoDb> dbs)
    : UserClaimsPrincipalFactory<StartfotoUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StartfotoUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StartfotoClaims.DisplayName, user.DisplayName));
        if (user.GemeenteCode is { Length: > 0 } gemeente)
            identity.AddClaim(new Claim(StartfotoClaims.Gemeente, gemeente));
        await using var db = await dbs.CreateDbContextAsync();
        var regios = await db.RegioadviseurJeugdregios.Where(r => r.UserId == user.Id)
            .Select(r => r.JeugdregioCode).ToListAsync();
        identity.AddClaims(regios.Select(code => new Claim(StartfotoClaims.Jeugdregio, code)));
        identity.AddClaim(new Claim(StartfotoClaims.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        return identity;
    }
}
