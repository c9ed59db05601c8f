using Microsoft.AspNetCore.Identity;

namespace Startfoto.Web.Features.Accounts;

static class AuthSchemes
{
    /// <summary>The default scheme: a bearer token when the request carries one, the Identity cookie otherwise.</summary>
    public const string CookieOrBearer = "CookieOfBearer";

    public static string Select(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
