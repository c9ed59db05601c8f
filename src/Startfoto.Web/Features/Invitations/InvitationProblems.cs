using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Web.Features.Invitations;

/// <summary>What can be wrong with an invitation or its acceptance: stable codes, Dutch messages that say how to fix.</summary>
static class InvitationProblems
{
    static Problem At(string field, string code, string message) => new(code, message, new Location(Key: field));

    public static Problem EmailMissing() => At("email", "INV001", "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.");
    public static Problem EmailHasAccount() => At("email", "INV002", "Er bestaat al een account met dit e-mailadres.");
    public static Problem EmailHasPendingInvitation() => At("email", "INV003", "Voor dit e-mailadres staat al een open uitnodiging. Trek die eerst in.");
    public static Problem NameMissing() => At("displayName", "INV004", "Vul de naam in (hoogstens 200 tekens).");
    public static Problem RoleUnknown() => At("role", "INV005", "Kies een rol: Beheerder, Regioadviseur, Gemeente, OZJ of Landelijk.");
    public static Problem GemeenteMissing() => At("gemeenteCode", "INV006", "Kies een gemeente (code GM gevolgd door vier cijfers, zoals GM0599).");
    public static Problem GemeenteUnknown(string code, int year) =>
        At("gemeenteCode", "INV007", string.Format(CultureInfo.InvariantCulture, "Gemeente {0} staat niet in de indeling van {1}.", code, year));
    public static Problem JeugdregiosMissing() => At("jeugdregioCodes", "INV008", "Kies minstens één jeugdregio.");
    public static Problem JeugdregioUnknown(string code, int year) =>
        At("jeugdregioCodes", "INV009", string.Format(CultureInfo.InvariantCulture, "Jeugdregio {0} staat niet in de indeling van {1}.", code, year));
    public static Problem NoIndeling() => At("", "INV010", "Er is nog geen gemeente-indeling geladen; vraag de beheerder die eerst te importeren.");
    public static Problem NotPending(InvitationStatus status) => At("status", "INV011", status switch
    {
        InvitationStatus.Accepted => "Deze uitnodiging is al gebruikt.",
        InvitationStatus.Expired => "Deze uitnodiging is verlopen.",
        _ => "Deze uitnodiging is ingetrokken.",
    });
    public static Problem PasswordsDiffer() => At("confirmPassword", "INV012", "De twee wachtwoorden zijn niet gelijk.");
}
