using System.Net;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Accounts;

/// <summary>With Accounts:RequireTwoFactor on (the default), beheerders and regioadviseurs must enrol before anything else.</summary>
public sealed class TwoFactorEnforcementTests(WebAppRequiringTwoFactor app) : IClassFixture<WebAppRequiringTwoFactor>
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
}
