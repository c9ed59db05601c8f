using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Responses;

/// <summary>Why a response cannot move or an answer cannot be saved: stable codes, Dutch messages that say what to do.</summary>
public static class ResponseProblems
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Problem NotEditable(ResponseStatus status) => new("RSP001",
        $"Deze vragenlijst is {ResponseLifecycle.Label(status)} en kan niet meer worden gewijzigd; vraag de regioadviseur om hem te heropenen.",
        new Location(Key: "status"));

    public static Problem NotYetOpen(DateOnly opensOn) => new("RSP002",
        $"Deze ronde gaat pas open op {opensOn.ToString("d MMMM yyyy", Dutch)}.", new Location(Key: "status"));

    public static Problem Closed(DateOnly closesOn) => new("RSP003",
        $"Deze ronde is gesloten sinds {closesOn.ToString("d MMMM yyyy", Dutch)}; vraag de regioadviseur om de vragenlijst te heropenen.",
        new Location(Key: "status"));

    public static Problem CannotApprove(ResponseStatus status) => new("RSP004",
        $"Alleen een ingediende vragenlijst kan worden goedgekeurd; deze is {ResponseLifecycle.Label(status)}.", new Location(Key: "status"));

    public static Problem CannotReopen(ResponseStatus status) => new("RSP005",
        $"Alleen een ingediende of goedgekeurde vragenlijst kan worden heropend; deze is {ResponseLifecycle.Label(status)}.",
        new Location(Key: "status"));

    public static Problem ReasonRequired() => new("RSP006",
        "Geef een reden op: de gemeente ziet die bij de heropende vragenlijst.", new Location(Key: "reason"));

    public static Problem ReasonTooLong(int max) => new("RSP007",
        $"De reden mag hoogstens {max} tekens lang zijn.", new Location(Key: "reason"));

    public static Problem Unanswered(string key, string label) => new("RSP010",
        $"'{label}' is verplicht en nog niet beantwoord.", new Location(Key: key));

    public static Problem Invalid(string key, string label, string message) => new("RSP011",
        $"'{label}': {message}", new Location(Key: key));

    public static Problem PrefillNotConfirmed(string key, string label, string source) => new("RSP012",
        $"'{label}' is overgenomen uit {source}: bevestig of wijzig het antwoord.", new Location(Key: key));

    public static Problem UnknownKey(string key) => new("RSP013",
        $"Vraag '{key}' bestaat niet in deze vragenlijst: controleer de sleutel.", new Location(Key: key));

    public static Problem Calculated(string key) => new("RSP014",
        $"'{key}' is een berekende vraag: die wordt uit de andere antwoorden berekend en kan niet worden ingevuld.", new Location(Key: key));

    public static Problem ConversationOnly(string key) => new("RSP015",
        $"'{key}' hoort bij het verdiepende gesprek en wordt door de regioadviseur ingevuld.", new Location(Key: key));

    public static Problem RespondentOnly(string key) => new("RSP016",
        $"'{key}' is een vraag voor de respondent; de regioadviseur legt alleen de gespreksvelden vast.", new Location(Key: key));

    public static Problem CommentNotAllowed(string key) => new("RSP017",
        $"Bij '{key}' kan geen toelichting worden gegeven.", new Location(Key: key));

    public static Problem CommentTooLong(string key, int max) => new("RSP018",
        $"De toelichting bij '{key}' mag hoogstens {max} tekens lang zijn.", new Location(Key: key));

    public static Problem DuplicateKey(string key) => new("RSP019",
        $"'{key}' staat meer dan eens in de wijzigingen: geef één antwoord per vraag.", new Location(Key: key));

    public static Problem MotivationRequired(string theme, string motivationKey) => new("RSP020",
        $"Uw oordeel over '{theme}' wijkt af van de zelfscan: geef een motivering.", new Location(Key: motivationKey));

    public static Problem TextTooLong(string key, int max) => new("RSP021",
        $"Het antwoord op '{key}' mag hoogstens {max} tekens lang zijn.", new Location(Key: key));
}
