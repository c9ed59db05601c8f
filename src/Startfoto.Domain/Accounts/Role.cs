namespace Startfoto.Domain.Accounts;

/// <summary>The five roles of the platform; the names are the Dutch role names users see.</summary>
public static class Role
{
    public const string Beheerder = "Beheerder";
    public const string Regioadviseur = "Regioadviseur";
    public const string Gemeente = "Gemeente";
    public const string OZJ = "OZJ";
    public const string Landelijk = "Landelijk";

    public static readonly IReadOnlyList<string> All = [Beheerder, Regioadviseur, Gemeente, OZJ, Landelijk];

    /// <summary>Roles that must use two-factor authentication when the setting requires it.</summary>
    public static bool RequiresTwoFactor(string role) => role is Beheerder or Regioadviseur;

    /// <summary>Who may invite whom: the Beheerder invites the national roles and adviseurs, an adviseur invites gemeente contacts.</summary>
    public static bool CanInvite(string inviterRole, string inviteeRole) => (inviterRole, inviteeRole) switch
    {
        (Beheerder, Regioadviseur or OZJ or Landelijk or Beheerder) => true,
        (Regioadviseur, Gemeente) => true,
        _ => false,
    };
}
