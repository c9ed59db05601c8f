using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Responses;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Rounds;

/// <summary>GET /api/rounds per role: own regio's, own responses, all, or none; counts only what the actor may read.</summary>
public sealed class ListRoundsTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData(Role.Regioadviseur, true, false)]
    [InlineData(Role.Gemeente, true, false)]
    [InlineData(Role.Beheerder, true, true)]
    [InlineData(Role.OZJ, true, true)]
    [InlineData(Role.Landelijk, false, false)]
    public async Task Each_role_sees_the_rounds_in_its_scope(string role, bool seesOwn, bool seesForeign)
    {
        var world = await World.CreateAsync(app);
        var key = await RoundSetup.RegisterAsync(app);
        var (_, own) = await RoundSetup.OpenAsync(world, key);
        var foreign = await RoundSetup.OpenAsync(app, await app.NewUserAsync(Role.Regioadviseur, null, world.Foreign.Code), key, world.Foreign.Code);
        using var api = await ApiClient.SignInAsync(app, await world.NewActorAsync(role));

        var rounds = (await api.GetFromJsonAsync<JsonElement[]>("/api/rounds"))!.ToDictionary(r => r.GetProperty("id").GetGuid());

        Assert.Equal(seesOwn, rounds.ContainsKey(own));
        Assert.Equal(seesForeign, rounds.ContainsKey(foreign));
        if (seesOwn)
            Assert.Equal(role == Role.Gemeente ? 1 : 2, rounds[own].GetProperty("counts").GetProperty("notStarted").GetInt32());
    }

    [Fact]
    public async Task Counts_follow_the_statuses()
    {
        var world = await World.CreateAsync(app);
        var (adviseur, round) = await RoundSetup.OpenAsync(world, await RoundSetup.RegisterAsync(app));
        await using (var db = app.CreateDb())
            await db.Responses.Where(r => r.RoundId == round && r.GemeenteCode == world.OwnGemeente)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ResponseStatus.Submitted));
        using var api = await ApiClient.SignInAsync(app, adviseur);

        var row = (await api.GetFromJsonAsync<JsonElement[]>("/api/rounds"))!.Single(r => r.GetProperty("id").GetGuid() == round);

        var counts = row.GetProperty("counts");
        Assert.Equal((1, 1, 0, 2), (counts.GetProperty("notStarted").GetInt32(), counts.GetProperty("submitted").GetInt32(),
            counts.GetProperty("approved").GetInt32(), counts.GetProperty("total").GetInt32()));
    }
}
