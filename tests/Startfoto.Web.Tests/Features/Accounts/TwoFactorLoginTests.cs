using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Accounts;

/// <summary>Signing in once 2FA is on: the form and the API both want the authenticator code or a recovery code.</summary>
public sealed class TwoFactorLoginTests(WebAppRequiringTwoFactor app) : IClassFixture<WebAppRequiringTwoFactor>
{
    async Task<TestUser> AdviseurAsync() => await app.NewUserAsync(Role.Regioadviseur, null, (await app.NewRegioAsync(1)).Code);

    [Fact]
    public async Task After_enrolment_the_login_form_asks_for_the_authenticator_code()
    {
        var user = await AdviseurAsync();
        var key = await app.EnableTwoFactorAsync(user);
        using var browser = app.NewBrowser();

        var afterPassword = await browser.SignInAsync(user);
        using var afterCode = await browser.SubmitAsync(afterPassword, "inloggen-tweestaps", ("Input.Code", AuthenticatorApp.CodeFor(key)));

        Assert.StartsWith("/account/inloggen/tweestaps", afterPassword);
        Assert.Equal("/regio", afterCode.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/regio")).StatusCode);
    }

    [Fact]
    public async Task A_password_alone_does_not_open_an_account_with_2FA()
    {
        var user = await AdviseurAsync();
        await app.EnableTwoFactorAsync(user);
        using var browser = app.NewBrowser();

        await browser.SignInAsync(user);

        Assert.StartsWith("/account/inloggen", (await browser.GetAsync("/regio")).Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var user = await AdviseurAsync();
        await app.EnableTwoFactorAsync(user);
        var codes = await app.NewRecoveryCodesAsync(user);
        using var first = app.NewBrowser();
        using var second = app.NewBrowser();

        await first.SignInAsync(user);
        using var used = await first.SubmitAsync("/account/inloggen/herstelcode", "inloggen-herstelcode", ("Input.RecoveryCode", codes[0]));
        await second.SignInAsync(user);
        using var reused = await second.SubmitAsync("/account/inloggen/herstelcode", "inloggen-herstelcode", ("Input.RecoveryCode", codes[0]));

        Assert.Equal("/regio", used.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Contains("Deze herstelcode is ongeldig of al gebruikt.", await reused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_login_needs_the_code_once_2FA_is_on()
    {
        var user = await AdviseurAsync();
        var key = await app.EnableTwoFactorAsync(user);

        using var withoutCode = await ApiClient.LoginAsync(app, user.Email, user.Password);
        using var api = await ApiClient.SignInAsync(app, user, AuthenticatorApp.CodeFor(key));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Equal("RequiresTwoFactor", (await withoutCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        var me = await api.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.True(me.GetProperty("twoFactorEnabled").GetBoolean());
    }
}
