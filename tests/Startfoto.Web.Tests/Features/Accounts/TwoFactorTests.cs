using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Accounts;

/// <summary>With Accounts:RequireTwoFactor on (the default), beheerders and regioadviseurs must enrol first.</summary>
public sealed partial class TwoFactorTests(WebAppRequiringTwoFactor app) : IClassFixture<WebAppRequiringTwoFactor>
{
    async Task<TestUser> AdviseurAsync() => await app.NewUserAsync(Role.Regioadviseur, null, (await app.NewRegioAsync(1)).Code);

    [Theory]
    [InlineData(Role.Regioadviseur, "/regio")]
    [InlineData(Role.Regioadviseur, "/regio/uitnodigingen")]
    [InlineData(Role.Beheerder, "/beheer")]
    [InlineData(Role.Beheerder, "/beheer/uitnodigingen")]
    [InlineData(Role.Beheerder, "/gemeente")]
    public async Task A_role_that_needs_2FA_is_sent_to_enrolment_from_every_app_page(string role, string path)
    {
        var user = role == Role.Regioadviseur ? await AdviseurAsync() : await app.NewUserAsync(role);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/tweestapsverificatie", response.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/api/invitations")]
    public async Task A_role_that_needs_2FA_gets_403_from_the_api_until_enrolled(string path)
    {
        using var api = await ApiClient.SignInAsync(app, await AdviseurAsync());

        using var response = await api.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Role.OZJ, "/ozj")]
    [InlineData(Role.Landelijk, "/landelijk")]
    public async Task Roles_without_the_2FA_duty_are_let_through(string role, string path)
    {
        var user = await app.NewUserAsync(role);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Enrolling_with_a_code_from_the_shown_key_opens_the_pages_and_shows_recovery_codes()
    {
        var user = await AdviseurAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);
        var enrolment = await browser.GetPageAsync("/account/tweestapsverificatie");
        var key = SharedKey().Match(enrolment).Groups[1].Value;

        using var verified = await browser.SubmitAsync("/account/tweestapsverificatie", "tweestaps-instellen",
            ("Input.Code", AuthenticatorApp.CodeFor(key)));

        Assert.Contains("<svg", enrolment);
        var html = WebUtility.HtmlDecode(await verified.Content.ReadAsStringAsync());
        Assert.Contains("Tweestapsverificatie staat nu aan.", html);
        Assert.Equal(10, RecoveryCode().Matches(html).Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/regio")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_does_not_switch_2FA_on()
    {
        var user = await AdviseurAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        using var response = await browser.SubmitAsync("/account/tweestapsverificatie", "tweestaps-instellen", ("Input.Code", "000000"));

        Assert.Contains("De code klopt niet.", await response.Content.ReadAsStringAsync());
        Assert.Equal("/account/tweestapsverificatie", (await browser.GetAsync("/regio")).Headers.Location?.PathAndQueryOrOriginal());
    }

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

    [Fact]
    public async Task A_role_that_needs_2FA_cannot_switch_it_off()
    {
        var user = await app.NewUserAsync(Role.Beheerder);
        var key = await app.EnableTwoFactorAsync(user);
        using var browser = app.NewBrowser();
        var afterPassword = await browser.SignInAsync(user);
        (await browser.SubmitAsync(afterPassword, "inloggen-tweestaps", ("Input.Code", AuthenticatorApp.CodeFor(key)))).Dispose();

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync("/account/tweestapsverificatie/uitzetten"));

        Assert.Contains("Voor uw rol is tweestapsverificatie verplicht; u kunt het niet uitzetten.", html);
        Assert.DoesNotContain("tweestaps-uitzetten", html);
    }

    [GeneratedRegex("<kbd id=\"sleutel\">([^<]+)</kbd>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>[0-9A-Z]{5}-[0-9A-Z]{5}</code></li>")]
    private static partial Regex RecoveryCode();
}
