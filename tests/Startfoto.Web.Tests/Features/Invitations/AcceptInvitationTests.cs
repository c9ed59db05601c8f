using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Invitations;

public sealed class AcceptInvitationTests(WebApp app) : IClassFixture<WebApp>
{
    const string NewPassword = "Nieuw-wachtwoord-2024!";

    async Task<HttpResponseMessage> AcceptAsync(Browser browser, string token, string password = NewPassword, string? confirm = null) =>
        await browser.SubmitAsync($"/uitnodiging/{token}", "uitnodiging-accepteren",
            ("Input.Password", password), ("Input.ConfirmPassword", confirm ?? password));

    [Fact]
    public async Task A_gemeente_contact_accepts_and_is_signed_in_with_role_and_gemeente()
    {
        var world = await World.CreateAsync(app);
        var adviseur = await world.NewActorAsync(Role.Regioadviseur);
        using var api = await ApiClient.SignInAsync(app, adviseur);
        var (_, token) = await InvitationApi.CreateAsync(api, InvitationApi.For(Role.Gemeente, world.OwnGemeente));
        using var invitee = app.NewBrowser();

        var page = await invitee.GetPageAsync($"/uitnodiging/{token}");
        using var accepted = await AcceptAsync(invitee, token);

        Assert.Contains(adviseur.DisplayName, page);
        Assert.Contains($"gemeente Testgemeente {world.OwnGemeente}", page);
        Assert.Equal("/gemeente", accepted.Headers.Location?.PathAndQueryOrOriginal());
        var me = await invitee.Client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(Role.Gemeente, me.GetProperty("role").GetString());
        Assert.Equal(world.OwnGemeente, me.GetProperty("gemeenteCode").GetString());
    }

    [Fact]
    public async Task An_adviseur_invited_by_the_beheerder_gets_the_chosen_jeugdregios()
    {
        var one = await app.NewRegioAsync(1);
        var two = await app.NewRegioAsync(1);
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var (_, token) = await InvitationApi.CreateAsync(api, InvitationApi.For(Role.Regioadviseur, null, one.Code, two.Code));
        using var invitee = app.NewBrowser();

        using var accepted = await AcceptAsync(invitee, token);

        Assert.Equal("/regio", accepted.Headers.Location?.PathAndQueryOrOriginal());
        var me = await invitee.Client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(new[] { one.Code, two.Code }, me.GetProperty("jeugdregios").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public async Task An_invitation_link_works_only_once()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var invitation = InvitationApi.For(Role.OZJ);
        var (id, token) = await InvitationApi.CreateAsync(api, invitation);
        using (var first = app.NewBrowser())
            (await AcceptAsync(first, token)).Dispose();
        using var second = app.NewBrowser();

        using var again = await second.GetAsync($"/uitnodiging/{token}");

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("Deze uitnodiging is al gebruikt.", await again.Content.ReadAsStringAsync());
        await using var db = app.CreateDb();
        var stored = await db.Invitations.SingleAsync(i => i.Id == id);
        Assert.NotNull(stored.AcceptedAt);
        Assert.Equal(1, await db.Users.CountAsync(u => u.Id == stored.AcceptedUserId));
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_Dutch_and_the_invitation_stays_open()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var (_, token) = await InvitationApi.CreateAsync(api, InvitationApi.For(Role.Landelijk));
        using var invitee = app.NewBrowser();

        using var weak = await AcceptAsync(invitee, token, "kort");

        var html = WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("Het wachtwoord moet minstens 12 tekens lang zijn.", html);
        Assert.Contains("Het wachtwoord moet minstens één hoofdletter (A-Z) bevatten.", html);
        using var strong = await AcceptAsync(invitee, token);
        Assert.Equal("/landelijk", strong.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task Different_passwords_are_refused()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var (_, token) = await InvitationApi.CreateAsync(api, InvitationApi.For(Role.Landelijk));
        using var invitee = app.NewBrowser();

        using var response = await AcceptAsync(invitee, token, NewPassword, NewPassword + "x");

        Assert.Contains("De twee wachtwoorden zijn niet gelijk.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_revoked_invitation_cannot_be_used()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var (id, token) = await InvitationApi.CreateAsync(api, InvitationApi.For(Role.OZJ));
        (await api.DeleteAsync($"/api/invitations/{id}")).Dispose();
        using var invitee = app.NewBrowser();

        using var response = await invitee.GetAsync($"/uitnodiging/{token}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("Deze uitnodiging is ingetrokken.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_link_gets_a_Dutch_not_found_page()
    {
        using var browser = app.NewBrowser();

        using var response = await browser.GetAsync("/uitnodiging/bestaat-niet-0123456789");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze uitnodigingslink is onbekend.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_the_SHA256_of_the_token_is_stored()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var (id, token) = await InvitationApi.CreateAsync(api, InvitationApi.For(Role.OZJ));

        await using var db = app.CreateDb();
        var stored = await db.Invitations.SingleAsync(i => i.Id == id);

        Assert.Equal(43, token.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), stored.TokenHash);
        Assert.DoesNotContain(token, JsonSerializer.Serialize(stored));
    }
}
