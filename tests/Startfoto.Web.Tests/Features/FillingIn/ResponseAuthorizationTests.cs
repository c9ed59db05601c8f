using System.Net;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.FillingIn;

/// <summary>Every fill-in call per role and per response id: own, a neighbour gemeente's, a foreign regio's. Never data.</summary>
public sealed class ResponseAuthorizationTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData(Role.Gemeente, "own", HttpStatusCode.OK)]
    [InlineData(Role.Gemeente, "neighbour", HttpStatusCode.NotFound)]
    [InlineData(Role.Gemeente, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Gemeente, "unknown", HttpStatusCode.NotFound)]
    [InlineData(Role.Regioadviseur, "own", HttpStatusCode.OK)]
    [InlineData(Role.Regioadviseur, "neighbour", HttpStatusCode.OK)]
    [InlineData(Role.Regioadviseur, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Beheerder, "foreign", HttpStatusCode.OK)]
    [InlineData(Role.OZJ, "foreign", HttpStatusCode.OK)]
    [InlineData(Role.Landelijk, "own", HttpStatusCode.NotFound)]
    public async Task Reading_a_response_and_its_history(string role, string which, HttpStatusCode expected)
    {
        var (world, api, id) = await SetUpAsync(role, which);
        await SeedSecretAsync(world, id);

        using var get = await GetAsync(api, id);
        using var history = await api.GetAsync($"/api/responses/{id}/history");

        Assert.Equal(expected, get.StatusCode);
        Assert.Equal(expected, history.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.DoesNotContain(Secret, await get.Content.ReadAsStringAsync());
            Assert.DoesNotContain(Secret, await history.Content.ReadAsStringAsync());
        }
        api.Dispose();
    }

    [Theory]
    [InlineData(Role.Gemeente, "own", HttpStatusCode.OK)]
    [InlineData(Role.Gemeente, "neighbour", HttpStatusCode.NotFound)]
    [InlineData(Role.Gemeente, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Regioadviseur, "own", HttpStatusCode.BadRequest)] // answers are the gemeente's; the adviseur records the conversation
    [InlineData(Role.Regioadviseur, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Beheerder, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.OZJ, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Landelijk, "own", HttpStatusCode.NotFound)]
    public async Task Saving_an_answer(string role, string which, HttpStatusCode expected)
    {
        var (_, api, id) = await SetUpAsync(role, which);

        using var save = await SaveAsync(api, id, Answer("fte", 7));

        Assert.Equal(expected, save.StatusCode);
        api.Dispose();
    }

    [Theory]
    [InlineData(Role.Gemeente, "neighbour", HttpStatusCode.NotFound)]
    [InlineData(Role.Gemeente, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Regioadviseur, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Regioadviseur, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Beheerder, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Landelijk, "own", HttpStatusCode.NotFound)]
    public async Task Submitting_someone_elses_response(string role, string which, HttpStatusCode expected)
    {
        var (_, api, id) = await SetUpAsync(role, which);

        using var submit = await SubmitAsync(api, id);

        Assert.Equal(expected, submit.StatusCode);
        api.Dispose();
    }

    [Fact]
    public async Task Without_a_token_nothing_is_shown()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = ApiClient.Anonymous(app);

        using var get = await GetAsync(api, world.OwnResponse);

        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
    }

    const string Secret = "Geheim antwoord van de eigen gemeente";

    async Task<(FillingInWorld, HttpClient, Guid)> SetUpAsync(string role, string which)
    {
        var world = await FillingInWorld.CreateAsync(app);
        var user = role switch
        {
            Role.Gemeente => world.Respondent,
            Role.Regioadviseur => world.Adviseur,
            _ => await app.NewUserAsync(role),
        };
        var id = which switch
        {
            "own" => world.OwnResponse,
            "neighbour" => world.NeighbourResponse,
            "foreign" => world.ForeignResponse,
            _ => Guid.NewGuid(),
        };
        return (world, await ApiClient.SignInAsync(app, user), id);
    }

    async Task SeedSecretAsync(FillingInWorld world, Guid id)
    {
        if (id != world.OwnResponse && id != world.NeighbourResponse && id != world.ForeignResponse) return;
        var owner = id == world.OwnResponse ? world.Respondent
            : await app.NewUserAsync(Role.Gemeente, id == world.NeighbourResponse ? world.Own.Gemeenten[1] : world.Foreign.Gemeenten[0]);
        using var api = await ApiClient.SignInAsync(app, owner);
        await SavedAsync(api, id, Answer("team", "nee"), Answer("reden", Secret));
    }
}
