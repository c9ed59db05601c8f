using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Startfoto.Web.Features.Accounts;

/// <summary>The API answers 401/403 instead of redirecting; a page refused for missing 2FA goes to enrolment.</summary>
static class ApplicationCookieEvents
{
    public static Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (AuthSchemes.IsApi(context.Request))
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<AccountOptions>>();
        if (AuthSchemes.IsApi(context.Request))
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        else if (TwoFactorGate.MustEnrol(context.HttpContext.User, options.CurrentValue))
            context.Response.Redirect(AccountPaths.TwoFactor);
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
