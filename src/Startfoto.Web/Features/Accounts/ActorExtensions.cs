using System.Security.Claims;
using Startfoto.Domain.Accounts;

namespace Startfoto.Web.Features.Accounts;

public static class ActorExtensions
{
    /// <summary>The actor of a signed-in user; <see cref="Actor.Anonymous"/> (allowed nothing) otherwise.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
            return Actor.Anonymous;
        var role = Role.All.FirstOrDefault(user.IsInRole);
        return new Actor(
            id,
            role,
            role == Role.Gemeente ? user.FindFirstValue(StartfotoClaims.Gemeente) : null,
            role == Role.Regioadviseur ? [.. user.FindAll(StartfotoClaims.Jeugdregio).Select(c => c.Value).Order(StringComparer.Ordinal)] : []);
    }

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(StartfotoClaims.DisplayName) ?? user.Identity?.Name ?? "";
}
