using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Startfoto.Web.Features.Accounts;

/// <summary>Identity's messages in Dutch; the codes stay Identity's own.</summary>
sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    static IdentityError Error(string code, string description) => new() { Code = code, Description = description };

    static string F(string format, object arg) => string.Format(CultureInfo.GetCultureInfo("nl-NL"), format, arg);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Iemand anders heeft dit account intussen gewijzigd. Laad de pagina opnieuw.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Het wachtwoord is onjuist.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "De code is ongeldig of verlopen.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "De herstelcode is ongeldig of al gebruikt.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Deze externe login is al aan een ander account gekoppeld.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), F("De gebruikersnaam '{0}' is ongeldig.", userName ?? ""));
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), F("Het e-mailadres '{0}' is ongeldig.", email ?? ""));
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), F("Er bestaat al een account met de gebruikersnaam '{0}'.", userName));
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), F("Er bestaat al een account met het e-mailadres '{0}'.", email));
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), F("De rolnaam '{0}' is ongeldig.", role ?? ""));
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), F("De rol '{0}' bestaat al.", role));
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Dit account heeft al een wachtwoord.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Blokkeren is voor dit account niet ingeschakeld.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), F("Het account heeft de rol '{0}' al.", role));
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), F("Het account heeft de rol '{0}' niet.", role));
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), F("Het wachtwoord moet minstens {0} tekens lang zijn.", length));
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), F("Het wachtwoord moet minstens {0} verschillende tekens bevatten.", uniqueChars));
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet minstens één leesteken of symbool bevatten (bijvoorbeeld ! of -).");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Het wachtwoord moet minstens één cijfer (0-9) bevatten.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Het wachtwoord moet minstens één kleine letter (a-z) bevatten.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Het wachtwoord moet minstens één hoofdletter (A-Z) bevatten.");
}
