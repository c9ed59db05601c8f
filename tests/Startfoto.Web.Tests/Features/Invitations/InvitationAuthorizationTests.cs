using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Invitations;

/// <summary>Who may invite whom, for which gemeente or regio; list and revoke only within the actor's view.</summary>
public sealed class InvitationAuthorizationTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData(Role.Regioadviseur, Role.Gemeente, "own", HttpStatusCode.Created)]
    [InlineData(Role.Regioadviseur, Role.Gemeente, "neighbour", HttpStatusCode.Created)]
    [InlineData(Role.Regioadviseur, Role.Gemeente, "foreign", HttpStatusCode.Forbidden)]
    [InlineData(Role.Regioadviseur, Role.Regioadviseur, "regio", HttpStatusCode.Forbidden)]
    [InlineData(Role.Regioadviseur, Role.Beheerder, "", HttpStatusCode.Forbidden)]
    [InlineData(Role.Regioadviseur, Role.OZJ, "", HttpStatusCode.Forbidden)]
    [InlineData(Role.Gemeente, Role.Gemeente, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Gemeente, Role.Gemeente, "foreign", HttpStatusCode.Forbidden)]
    [InlineData(Role.OZJ, Role.Gemeente, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.OZJ, Role.OZJ, "", HttpStatusCode.Forbidden)]
    [InlineData(Role.Landelijk, Role.Gemeente, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Landelijk, Role.Landelijk, "", HttpStatusCode.Forbidden)]
    [InlineData(Role.Beheerder, Role.Gemeente, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Beheerder, Role.Regioadviseur, "regio", HttpStatusCode.Created)]
    [InlineData(Role.Beheerder, Role.OZJ, "", HttpStatusCode.Created)]
    [InlineData(Role.Beheerder, Role.Landelijk, "", HttpStatusCode.Created)]
    [InlineData(Role.Beheerder, Role.Beheerder, "", HttpStatusCode.Created)]
    public async Task An_invitation_is_made_only_within_the_inviters_rights(string inviter, string role, string target, HttpStatusCode expected)
    {
        var world = await World.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, await world.NewActorAsync(inviter));
        var email = $"genodigde-{Guid.NewGuid():N}@test.startfoto.nl";

        using var response = await api.PostAsJsonAsync("/api/invitations", new
        {
            email, displayName = "Nieuwe Collega", role,
            gemeenteCode = role == Role.Gemeente ? world.Gemeente(target) : null,
            jeugdregioCodes = target == "regio" ? new[] { world.Own.Code } : [],
        });

        Assert.Equal(expected, response.StatusCode);
        await using var db = app.CreateDb();
        Assert.Equal(expected == HttpStatusCode.Created, await db.Invitations.AnyAsync(i => i.Email == email));
    }

    [Fact]
    public async Task An_adviseur_lists_only_invitations_for_gemeenten_in_their_own_regios()
    {
        var world = await World.CreateAsync(app);
        using var ownAdviseur = await ApiClient.SignInAsync(app, await world.NewActorAsync(Role.Regioadviseur));
        using var foreignAdviseur = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Regioadviseur, null, world.Foreign.Code));
        var (own, _) = await InvitationApi.CreateAsync(ownAdviseur, InvitationApi.For(Role.Gemeente, world.OwnGemeente));
        var (foreign, _) = await InvitationApi.CreateAsync(foreignAdviseur, InvitationApi.For(Role.Gemeente, world.ForeignGemeente));

        var seen = (await InvitationApi.ListAsync(ownAdviseur)).Select(i => i.GetProperty("id").GetGuid()).ToList();

        Assert.Contains(own, seen);
        Assert.DoesNotContain(foreign, seen);
    }

    [Fact]
    public async Task The_beheerder_lists_invitations_of_every_regio()
    {
        var world = await World.CreateAsync(app);
        using var adviseur = await ApiClient.SignInAsync(app, await world.NewActorAsync(Role.Regioadviseur));
        using var beheerder = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var (id, _) = await InvitationApi.CreateAsync(adviseur, InvitationApi.For(Role.Gemeente, world.OwnGemeente));

        var seen = await InvitationApi.ListAsync(beheerder);

        Assert.Equal("Pending", seen.Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.OZJ)]
    [InlineData(Role.Landelijk)]
    public async Task Roles_that_cannot_invite_cannot_list_or_revoke_invitations(string role)
    {
        var world = await World.CreateAsync(app);
        using var adviseur = await ApiClient.SignInAsync(app, await world.NewActorAsync(Role.Regioadviseur));
        var (id, _) = await InvitationApi.CreateAsync(adviseur, InvitationApi.For(Role.Gemeente, world.OwnGemeente));
        using var api = await ApiClient.SignInAsync(app, await world.NewActorAsync(role));

        using var list = await api.GetAsync("/api/invitations");
        using var revoke = await api.DeleteAsync($"/api/invitations/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, revoke.StatusCode);
        Assert.Equal("Pending", (await InvitationApi.ListAsync(adviseur)).Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_adviseur_cannot_revoke_an_invitation_of_another_regio()
    {
        var world = await World.CreateAsync(app);
        using var ownAdviseur = await ApiClient.SignInAsync(app, await world.NewActorAsync(Role.Regioadviseur));
        using var foreignAdviseur = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Regioadviseur, null, world.Foreign.Code));
        var (foreign, _) = await InvitationApi.CreateAsync(foreignAdviseur, InvitationApi.For(Role.Gemeente, world.ForeignGemeente));

        using var response = await ownAdviseur.DeleteAsync($"/api/invitations/{foreign}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pending", (await InvitationApi.ListAsync(foreignAdviseur)).Single(i => i.GetProperty("id").GetGuid() == foreign).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Revoking_an_invitation_twice_is_a_Dutch_validation_problem()
    {
        var world = await World.CreateAsync(app);
        using var adviseur = await ApiClient.SignInAsync(app, await world.NewActorAsync(Role.Regioadviseur));
        var (id, _) = await InvitationApi.CreateAsync(adviseur, InvitationApi.For(Role.Gemeente, world.OwnGemeente));

        using var first = await adviseur.DeleteAsync($"/api/invitations/{id}");
        using var second = await adviseur.DeleteAsync($"/api/invitations/{id}");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Deze uitnodiging is ingetrokken.", problem.GetProperty("errors").GetProperty("status")[0].GetString());
    }
}
