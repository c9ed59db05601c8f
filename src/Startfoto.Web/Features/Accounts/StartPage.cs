using Startfoto.Domain.Accounts;

namespace Startfoto.Web.Features.Accounts;

/// <summary>Where each role lands after signing in.</summary>
public static class StartPage
{
    public static string For(string? role) => role switch
    {
        Role.Beheerder => "/beheer",
        Role.Regioadviseur => "/regio",
        Role.Gemeente => "/gemeente",
        Role.OZJ => "/ozj",
        Role.Landelijk => "/landelijk",
        _ => "/",
    };

    public static string For(IEnumerable<string> roles) => For(Role.All.FirstOrDefault(roles.Contains));
}
