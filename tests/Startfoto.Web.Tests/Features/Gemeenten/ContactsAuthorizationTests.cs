using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Gemeenten;

/// <summary>GET /api/gemeenten/{year}/{code}/contacts for each role and each gemeente: never another gemeente's data.</summary>
public sealed class ContactsAuthorizationTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData(Role.Gemeente, "own", HttpStatusCode.OK)]
    [InlineData(Role.Gemeente, "neighbour", HttpStatusCode.Forbidden)]
    [InlineData(Role.Gemeente, "foreign", HttpStatusCode.Forbidden)]
    [InlineData(Role.Gemeente, "unknown", HttpStatusCode.Forbidden)]
    [InlineData(Role.Regioadviseur, "own", HttpStatusCode.OK)]
    [InlineData(Role.Regioadviseur, "neighbour", HttpStatusCode.OK)]
    [InlineData(Role.Regioadviseur, "foreign", HttpStatusCode.Forbidden)]
    [InlineData(Role.Regioadviseur, "unknown", HttpStatusCode.NotFound)]
    [InlineData(Role.Beheerder, "foreign", HttpStatusCode.OK)]
    [InlineData(Role.OZJ, "foreign", HttpStatusCode.OK)]
    [InlineData(Role.Landelijk, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Landelijk, "foreign", HttpStatusCode.Forbidden)]
    public async Task Contacts_of_a_gemeente_are_shown_only_within_the_actors_scope(string role, string gemeente, HttpStatusCode expected)
    {
        var world = await World.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, await world.NewActorAsync(role));

        using var response = await api.GetAsync($"/api/gemeenten/{WebApp.Year}/{world.Gemeente(gemeente)}/contacts");

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (gemeente != "own")
            Assert.DoesNotContain(world.OwnContact.Email, body);
        if (gemeente != "foreign")
            Assert.DoesNotContain(world.ForeignContact.Email, body);
        if (expected == HttpStatusCode.OK && gemeente is "own" or "foreign")
            Assert.Contains((gemeente == "own" ? world.OwnContact : world.ForeignContact).Email, body);
    }

    [Fact]
    public async Task A_gemeente_user_sees_their_colleagues_but_not_users_of_other_gemeenten()
    {
        var world = await World.CreateAsync(app);
        var me = await world.NewActorAsync(Role.Gemeente);
        using var api = await ApiClient.SignInAsync(app, me);

        var contacts = await api.GetFromJsonAsync<JsonElement[]>($"/api/gemeenten/{WebApp.Year}/{world.OwnGemeente}/contacts");

        Assert.Equal(
            new[] { me.Email, world.OwnContact.Email }.Order(),
            contacts!.Select(c => c.GetProperty("email").GetString()!).Order());
    }

    [Fact]
    public async Task The_cookie_of_the_web_pages_is_held_to_the_same_rules_as_the_bearer_token()
    {
        var world = await World.CreateAsync(app);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(await world.NewActorAsync(Role.Gemeente));

        using var own = await browser.GetAsync($"/api/gemeenten/{WebApp.Year}/{world.OwnGemeente}/contacts");
        using var foreign = await browser.GetAsync($"/api/gemeenten/{WebApp.Year}/{world.ForeignGemeente}/contacts");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.DoesNotContain(world.ForeignContact.Email, await foreign.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_malformed_gemeentecode_is_a_Dutch_validation_problem_naming_the_field()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.OZJ));

        using var response = await api.GetAsync($"/api/gemeenten/{WebApp.Year}/Leiden/contacts");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("GM gevolgd door vier cijfers", problem.GetProperty("errors").GetProperty("code")[0].GetString());
    }
}
