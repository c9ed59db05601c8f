using Microsoft.AspNetCore.Authorization;

namespace Startfoto.Web.Features.Accounts;

/// <summary>Marks a policy that a signed-in user may pass before enrolling 2FA (see <see cref="TwoFactorGate"/>).</summary>
sealed class TwoFactorEnrolment : AuthorizationHandler<TwoFactorEnrolment>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorEnrolment requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
