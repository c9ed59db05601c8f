using System.Net;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Results;

/// <summary>The score API, the results page and the override, per role and per response id: never another's data.</summary>
public sealed class ResultsAuthorizationTests(WebApp app) : IClassFixture<WebApp>
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
    public async Task Reading_a_result_through_the_api_and_the_page(string role, string which, HttpStatusCode expected)
    {
        var (world, user, id) = await SetUpAsync(role, which);
        using var api = await ApiClient.SignInAsync(app, user);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        using var get = await api.GetAsync($"/api/responses/{id}/score");
        var page = await browser.GetPageAsync($"/invullen/{id}/uitslag");

        Assert.Equal(expected, get.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("Behoefte per thema", page);
            Assert.Contains("intensief", await get.Content.ReadAsStringAsync());
        }
        else
        {
            Assert.Contains("Uitslag niet gevonden", page);
            Assert.DoesNotContain("Stevige lokale teams", page);
            Assert.DoesNotContain("Stevige lokale teams", await get.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData(Role.Gemeente, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Gemeente, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Regioadviseur, "own", HttpStatusCode.OK)]
    [InlineData(Role.Regioadviseur, "foreign", HttpStatusCode.NotFound)]
    [InlineData("foreign-adviseur", "own", HttpStatusCode.NotFound)]
    [InlineData(Role.Beheerder, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.OZJ, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Landelijk, "own", HttpStatusCode.NotFound)]
    public async Task Only_the_adviseur_of_the_regio_overrides_a_tier(string role, string which, HttpStatusCode expected)
    {
        var (world, user, id) = await SetUpAsync(role, which);
        using var api = await ApiClient.SignInAsync(app, user);

        using var change = await world.OverrideAsync(api, id, "licht", "Na het gesprek.");

        Assert.Equal(expected, change.StatusCode);
        await using var db = app.CreateDb();
        Assert.Equal(expected == HttpStatusCode.OK, await db.TierOverrides.AnyAsync(o => o.ResponseId == id));
    }

    [Fact]
    public async Task The_progress_page_of_the_round_shows_needs_and_tier_per_gemeente()
    {
        var (world, adviseur, id) = await SetUpAsync(Role.Regioadviseur, "own");
        Guid round;
        await using (var db = app.CreateDb())
            round = await db.Responses.Where(r => r.Id == id).Select(r => r.RoundId).SingleAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(adviseur);

        var page = await browser.GetPageAsync($"/regio/rondes/{round}");

        Assert.Contains("<th scope=\"col\">Behoeften</th><th scope=\"col\">Intensiteit</th>", page);
        Assert.Contains("1× hoog, 1× geen", WebUtility.HtmlDecode(page));
        Assert.Contains($"href=\"/invullen/{id}/uitslag\"", page);
    }

    /// <summary>Every response of the world is submitted, so there is a result to leak.</summary>
    async Task<(ScoringWorld, TestUser, Guid)> SetUpAsync(string role, string which)
    {
        var world = await ScoringWorld.CreateAsync(app);
        foreach (var response in new[] { world.OwnResponse, world.Round.NeighbourResponse, world.Round.ForeignResponse })
            await world.SubmitAsync(response, team: "nee");
        var user = role switch
        {
            Role.Gemeente => world.Respondent,
            Role.Regioadviseur => world.Adviseur,
            "foreign-adviseur" => await app.NewUserAsync(Role.Regioadviseur, null, world.Round.Foreign.Code),
            _ => await app.NewUserAsync(role),
        };
        var id = which switch
        {
            "own" => world.OwnResponse,
            "neighbour" => world.Round.NeighbourResponse,
            "foreign" => world.Round.ForeignResponse,
            _ => Guid.NewGuid(),
        };
        return (world, user, id);
    }
}
