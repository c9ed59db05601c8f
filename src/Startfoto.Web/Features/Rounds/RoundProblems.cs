using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Web.Features.Rounds;

/// <summary>What can be wrong with a new round: stable codes, Dutch messages that say how to fix, keyed by field.</summary>
static class RoundProblems
{
    static Problem At(string field, string code, string message) => new(code, message, new Location(Key: field));

    static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static Problem QuestionnaireMissing() => At("questionnaireKey", "RND001", "Kies een vragenlijst (instrument en versie).");
    public static Problem QuestionnaireUnknown(string key) =>
        At("questionnaireKey", "RND002", Text($"Vragenlijst '{key}' is niet geregistreerd; kies een geregistreerde vragenlijst."));
    public static Problem VersionUnknown(string key, int? version) => At("questionnaireVersion", "RND003", version is null
        ? "Kies de versie van de vragenlijst."
        : Text($"Versie {version} van '{key}' is niet geregistreerd; kies een geregistreerde versie."));
    public static Problem YearMissing() => At("year", "RND004", "Kies het jaar van de indeling waarin de ronde loopt.");
    public static Problem YearUnknown(int year) =>
        At("year", "RND005", Text($"Er is geen gemeente-indeling van {year}; kies een jaar waarvoor de indeling is geladen."));
    public static Problem JeugdregioMissing() => At("jeugdregioCode", "RND006", "Kies de jeugdregio (zoals JZ18).");
    public static Problem JeugdregioUnknown(string code, int year) =>
        At("jeugdregioCode", "RND007", Text($"Jeugdregio {code} staat niet in de indeling van {year}."));
    public static Problem GemeenteNotInRegio(string code, string regio, int year) =>
        At("gemeenten", "RND008", Text($"Gemeente {code} hoort in {year} niet bij jeugdregio {regio}; haal haar uit de lijst."));
    public static Problem GemeentenForRegioLevel() =>
        At("gemeenten", "RND009", "Deze vragenlijst vult de jeugdregio als geheel in: kies geen gemeenten.");
    public static Problem TitleTooLong(int max) => At("title", "RND010", Text($"De titel mag hoogstens {max} tekens lang zijn."));
    public static Problem OpensOnMissing() => At("opensOn", "RND011", "Vul de datum in waarop de ronde opengaat.");
    public static Problem ClosesOnMissing() => At("closesOn", "RND012", "Vul de datum in waarop de ronde sluit.");
    public static Problem ClosesBeforeOpens() => At("closesOn", "RND013", "De sluitdatum ligt vóór de openingsdatum; kies een latere sluitdatum.");
    public static Problem ReminderOutOfRange(int days) =>
        At("reminderDays", "RND014", Text($"Herinneren {days} dagen voor de sluitdatum kan niet: kies 0 tot en met 365 dagen."));
    public static Problem ReminderTwice(int days) =>
        At("reminderDays", "RND015", Text($"{days} dagen voor de sluitdatum staat er meer dan eens in: noem elke dag één keer."));
    public static Problem ReminderNotANumber(string text) =>
        At("reminderDays", "RND016", $"'{text}' is geen aantal dagen: schrijf hele getallen met komma's ertussen, zoals 14, 7, 1.");
    public static Problem NoGemeenteChosen() =>
        At("gemeenten", "RND017", "Vink minstens één gemeente aan; zonder keuze doen alle gemeenten van de regio mee.");
}
