using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Web.Features.Accounts.Pages;

/// <summary>Enrol an authenticator app: QR code and key, verify one code, then show the recovery codes once.</summary>
public partial class TwoFactorPage
{
    [Inject] UserManager<StartfotoUser> Users { get; set; } = default!;
    [Inject] SignInManager<StartfotoUser> SignIn { get; set; } = default!;
    [Inject] IdentityRedirectManager Redirect { get; set; } = default!;
    [Inject] IOptionsMonitor<AccountOptions> Options { get; set; } = default!;
    [Inject] ILogger<TwoFactorPage> Log { get; set; } = default!;

    [CascadingParameter] HttpContext HttpContext { get; set; } = default!;
    [SupplyParameterFromForm] CodeInput Input { get; set; } = default!;

    StartfotoUser? user;
    string sharedKey = "", qrSvg = "", startPage = "/";
    string? message;
    bool messageIsError, mustEnrol;
    int recoveryCodesLeft;
    string[]? recoveryCodes;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        user = await Users.GetUserAsync(HttpContext.User);
        if (user is null)
        {
            Redirect.RedirectTo(AccountPaths.Login);
            return;
        }
        startPage = StartPage.For(await Users.GetRolesAsync(user));
        mustEnrol = TwoFactorGate.MustEnrol(HttpContext.User, Options.CurrentValue);
        if (user.TwoFactorEnabled)
            recoveryCodesLeft = await Users.CountRecoveryCodesAsync(user);
        else
            await LoadKeyAsync(user);
    }

    async Task LoadKeyAsync(StartfotoUser u)
    {
        var key = await Users.GetAuthenticatorKeyAsync(u);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(u);
            key = await Users.GetAuthenticatorKeyAsync(u);
        }
        sharedKey = AuthenticatorKey.Format(key!);
        qrSvg = QrCodeSvg.Render(AuthenticatorKey.Uri(u.Email ?? u.UserName ?? "", key!));
    }

    async Task VerifyAsync()
    {
        if (user is null || user.TwoFactorEnabled)
            return;
        var valid = await Users.VerifyTwoFactorTokenAsync(
            user, Users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorKey.Clean(Input.Code));
        if (!valid)
        {
            (message, messageIsError) = ("De code klopt niet. Controleer of de tijd op uw telefoon goed staat en probeer het opnieuw.", true);
            return;
        }
        await Users.SetTwoFactorEnabledAsync(user, true);
        recoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        // The cookie carries the 2FA state the gate reads: renew it now.
        await SignIn.RefreshSignInAsync(user);
        Log.LogInformation("Gebruiker {UserId} heeft tweestapsverificatie aangezet", user.Id);
        (message, messageIsError) = ("Tweestapsverificatie staat nu aan.", false);
    }

    sealed class CodeInput
    {
        [Required(ErrorMessage = "Vul de code uit de app in.")]
        [StringLength(7, MinimumLength = 6, ErrorMessage = "De code heeft zes cijfers.")]
        public string Code { get; set; } = "";
    }
}
