using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Accounts;

public sealed class LoginTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData(Role.Beheerder, "/beheer", "Beheer")]
    [InlineData(Role.Regioadviseur, "/regio", "Mijn jeugdregio's")]
    [InlineData(Role.Gemeente, "/gemeente", "Gemeente Testgemeente")]
    [InlineData(Role.OZJ, "/ozj", "Ondersteuningsteam Zorg voor de Jeugd")]
    [InlineData(Role.Landelijk, "/landelijk", "Landelijk overzicht")]
    public async Task Each_role_signs_in_through_the_login_form_and_lands_on_its_start_page(string role, string startPage, string heading)
    {
        var regio = await app.NewRegioAsync(1);
        var user = await app.NewUserAsync(role, role == Role.Gemeente ? regio.Gemeenten[0] : null,
            role == Role.Regioadviseur ? [regio.Code] : []);
        using var browser = app.NewBrowser();

        Assert.Equal(startPage, await browser.SignInAsync(user));
        var html = await browser.GetPageAsync(startPage);

        Assert.Contains($"<h1>{heading}", html);
        Assert.Contains(user.DisplayName, html);
    }

    [Theory]
    [InlineData(Role.Beheerder)]
    [InlineData(Role.Regioadviseur)]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.OZJ)]
    [InlineData(Role.Landelijk)]
    public async Task Each_role_gets_a_bearer_token_and_its_role_and_scope_from_api_me(string role)
    {
        var regio = await app.NewRegioAsync(1);
        var gemeente = role == Role.Gemeente ? regio.Gemeenten[0] : null;
        string[] jeugdregios = role == Role.Regioadviseur ? [regio.Code] : [];
        var user = await app.NewUserAsync(role, gemeente, jeugdregios);
        using var api = await ApiClient.SignInAsync(app, user);

        var me = await api.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal(role, me.GetProperty("role").GetString());
        Assert.Equal(user.Email, me.GetProperty("email").GetString());
        Assert.Equal(gemeente, me.GetProperty("gemeenteCode").GetString());
        Assert.Equal(jeugdregios, me.GetProperty("jeugdregios").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public async Task A_wrong_password_shows_a_Dutch_message_and_signs_nobody_in()
    {
        var user = await app.NewUserAsync(Role.OZJ);
        using var browser = app.NewBrowser();

        using var response = await browser.LoginAsync(user.Email, "Verkeerd-wachtwoord-1!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Onjuist e-mailadres of wachtwoord.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/ozj")).StatusCode);
    }

    [Fact]
    public async Task A_return_url_brings_the_user_back_after_signing_in()
    {
        var user = await app.NewUserAsync(Role.Beheerder);
        using var browser = app.NewBrowser();

        using var response = await browser.LoginAsync(user.Email, user.Password, "/account/inloggen?ReturnUrl=%2Fbeheer%2Fuitnodigingen");

        Assert.Equal("/beheer/uitnodigingen", response.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var user = await app.NewUserAsync(Role.Beheerder);
        using var browser = app.NewBrowser();

        using var response = await browser.LoginAsync(user.Email, user.Password, "/account/inloggen?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/beheer", response.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var user = await app.NewUserAsync(Role.OZJ);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        var html = await browser.GetPageAsync("/ozj");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var logout = await browser.Client.PostAsync("/account/uitloggen",
            new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));

        Assert.Equal("/account/inloggen", logout.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/ozj")).StatusCode);
    }

    [Fact]
    public async Task Logging_out_without_the_antiforgery_token_is_refused()
    {
        var user = await app.NewUserAsync(Role.OZJ);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        using var logout = await browser.Client.PostAsync("/account/uitloggen", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/ozj")).StatusCode);
    }

    [Fact]
    public async Task The_login_page_is_Dutch_with_a_label_for_every_input()
    {
        using var browser = app.NewBrowser();

        var html = await browser.GetPageAsync("/account/inloggen");

        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("<label for=\"email\">E-mailadres</label>", html);
        Assert.Contains("id=\"email\"", html);
        Assert.Contains("<label for=\"wachtwoord\">Wachtwoord</label>", html);
        Assert.Contains("id=\"wachtwoord\"", html);
        Assert.Contains("class=\"skip-link\"", html);
    }
}
