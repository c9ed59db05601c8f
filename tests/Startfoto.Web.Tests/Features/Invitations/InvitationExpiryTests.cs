using System.Net;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Invitations;

/// <summary>The app reads a clock the tests move: an invitation lives seven days (Accounts:InvitationLifetime).</summary>
public sealed class InvitationExpiryTests(WebAppWithFakeTime app) : IClassFixture<WebAppWithFakeTime>
{
    [Fact]
    public async Task An_invitation_can_be_used_until_just_before_it_expires()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var (_, token) = await InvitationApi.CreateAsync(api, InvitationApi.For(Role.OZJ));

        app.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        using var browser = app.NewBrowser();
        using var response = await browser.GetAsync($"/uitnodiging/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_invitation_gets_a_Dutch_page_and_cannot_be_accepted()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var (id, token) = await InvitationApi.CreateAsync(api, InvitationApi.For(Role.OZJ));
        using var browser = app.NewBrowser();
        var form = await browser.GetPageAsync($"/uitnodiging/{token}");

        app.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        using var page = await browser.GetAsync($"/uitnodiging/{token}");

        Assert.Contains("uitnodiging-accepteren", form);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Deze uitnodiging is verlopen", await page.Content.ReadAsStringAsync());
        using var beheerder = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var listed = await InvitationApi.ListAsync(beheerder);
        Assert.Equal("Expired", listed.Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("status").GetString());
        using var revoke = await beheerder.DeleteAsync($"/api/invitations/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, revoke.StatusCode);
    }
}
