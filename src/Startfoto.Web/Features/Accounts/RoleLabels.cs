using Startfoto.Domain.Accounts;

namespace Startfoto.Web.Features.Accounts;

/// <summary>How the UI names each role.</summary>
public static class RoleLabels
{
    public static string Of(string role) => role switch
    {
        Role.Beheerder => "beheerder",
        Role.Regioadviseur => "regioadviseur",
        Role.Gemeente => "gemeente",
        Role.OZJ => "OZJ",
        Role.Landelijk => "landelijk",
        _ => role,
    };

    /// <summary>"als …" in an invitation.</summary>
    public static string Describe(string role) => role switch
    {
        Role.Beheerder => "beheerder van het platform",
        Role.Regioadviseur => "regioadviseur van het ketenbureau",
        Role.Gemeente => "contactpersoon van een gemeente",
        Role.OZJ => "planner bij het Ondersteuningsteam Zorg voor de Jeugd (OZJ)",
        Role.Landelijk => "landelijke partij (overzichten op landelijk en regionaal niveau)",
        _ => role,
    };
}
