using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Startfoto.Domain.Accounts;

namespace Startfoto.Web.Features.Accounts;

/// <summary>
/// Fails every authorization check — [Authorize] pages, AuthorizeRouteView, the API — for a signed-in beheerder or
/// regioadviseur who has not enrolled an authenticator app while <see cref="AccountOptions.RequireTwoFactor"/> is on.
/// A handler for all requirements rather than a policy: [Authorize(Roles = …)] never consults the default policy.
/// Only checks that include <see cref="TwoFactorEnrolment"/> (the enrolment page, logout) let such a user through.
/// </summary>
sealed class TwoFactorGate(IOptionsMonitor<AccountOptions> options) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (!context.Requirements.OfType<TwoFactorEnrolment>().Any() && MustEnrol(context.User, options.CurrentValue))
            context.Fail(new AuthorizationFailureReason(this, "Tweestapsverificatie is verplicht voor deze rol."));
        return Task.CompletedTask;
    }

    public static bool MustEnrol(ClaimsPrincipal user, AccountOptions options) =>
        options.RequireTwoFactor
        && user.Identity?.IsAuthenticated == true
        && Role.All.Any(role => Role.RequiresTwoFactor(role) && user.IsInRole(role))
        && user.FindFirst(StartfotoClaims.TwoFactorEnabled)?.Value != "true";
}
