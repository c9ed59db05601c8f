using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Accounts;

public sealed class LockoutTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_password_fails()
    {
        var user = await app.NewUserAsync(Role.Landelijk);
        for (var i = 0; i < 5; i++)
            (await ApiClient.LoginAsync(app, user.Email, "Verkeerd-wachtwoord-1!")).Dispose();

        using var response = await ApiClient.LoginAsync(app, user.Email, user.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("LockedOut", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        var user = await app.NewUserAsync(Role.Landelijk);
        for (var i = 0; i < 4; i++)
            (await ApiClient.LoginAsync(app, user.Email, "Verkeerd-wachtwoord-1!")).Dispose();

        using var response = await ApiClient.LoginAsync(app, user.Email, user.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_locked_account_is_sent_to_the_Dutch_lockout_page()
    {
        var user = await app.NewUserAsync(Role.OZJ);
        using var browser = app.NewBrowser();
        for (var i = 0; i < 4; i++)
            (await browser.LoginAsync(user.Email, "Verkeerd-wachtwoord-1!")).Dispose();

        using var fifth = await browser.LoginAsync(user.Email, "Verkeerd-wachtwoord-1!");

        Assert.Equal("/account/geblokkeerd", fifth.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Contains("15 minuten geblokkeerd", await browser.GetPageAsync("/account/geblokkeerd"));
        using var right = await browser.LoginAsync(user.Email, user.Password);
        Assert.Equal("/account/geblokkeerd", right.Headers.Location?.PathAndQueryOrOriginal());
    }
}
