using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Web.Features.Accounts;

public static class LogoutEndpoint
{
    /// <summary>A form POST with the antiforgery token, so another site cannot sign anyone out; GET cannot either.</summary>
    public static IEndpointRouteBuilder MapLogout(this IEndpointRouteBuilder app)
    {
        app.MapPost(AccountPaths.Logout, Logout).ExcludeFromDescription();
        return app;
    }

    static async Task<Results<RedirectHttpResult, BadRequest>> Logout(
        HttpContext context, IAntiforgery antiforgery, SignInManager<StartfotoUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
            return TypedResults.BadRequest();
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect(AccountPaths.Login);
    }
}
