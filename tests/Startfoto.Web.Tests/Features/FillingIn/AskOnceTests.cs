using System.Net;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.FillingIn;

/// <summary>Ask once: a new response starts with what its respondent submitted before, marked, to confirm.</summary>
public sealed class AskOnceTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Answers_submitted_before_are_taken_over_marked_and_count_only_once_confirmed()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        await SavedAsync(api, world.OwnResponse, Answer("team", "ja", comment: "Eén team"), Answer("reg.visie", "concept"), Answer("fte", 6));
        using (var submitted = await SubmitAsync(api, world.OwnResponse)) Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var next = (await FillingInWorld.AddRoundAsync(app, world.Key, world.Own.Code, world.Adviseur.Id, [world.Own.Gemeenten[0]]))[world.Own.Gemeenten[0]];

        var team = (await AnswerAsync(api, next, "team"))!.Value;

        Assert.Equal("ja", team.GetProperty("value").GetString());
        Assert.True(team.GetProperty("needsConfirmation").GetBoolean());
        Assert.Equal("overgenomen", team.GetProperty("channel").GetString());
        Assert.Equal($"Overige {WebApp.Year}".Replace("Overige", "Invultest"), team.GetProperty("prefillSource").GetString());
        using (var get = await GetAsync(api, next))
            Assert.Equal(0, (await JsonAsync(get)).GetProperty("answered").GetInt32()); // unconfirmed counts as unanswered
        using (var early = await SubmitAsync(api, next))
        {
            Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
            Assert.Contains("overgenomen uit", (await JsonAsync(early)).GetProperty("errors").GetProperty("team")[0].GetString());
        }

        await SavedAsync(api, next, Answer("team", "ja", team.GetProperty("version").GetUInt32()),
            Answer("reg.visie", "vastgesteld", (await AnswerAsync(api, next, "reg.visie"))!.Value.GetProperty("version").GetUInt32()));
        using var submit = await SubmitAsync(api, next);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.False((await AnswerAsync(api, next, "team"))!.Value.GetProperty("needsConfirmation").GetBoolean());
    }

    [Fact]
    public async Task Only_the_regio_items_of_the_regios_robuustheidsscan_are_taken_over_by_a_gemeente()
    {
        var world = await FillingInWorld.CreateAsync(app);
        var scanKey = Definitions.NewKey();
        await FillingInWorld.RegisterAsync(app, FillingInWorld.Definition(scanKey, kind: "robuustheidsscan", level: "jeugdregio"));
        var scan = (await FillingInWorld.AddRoundAsync(app, scanKey, world.Own.Code, world.Adviseur.Id, [null]))[world.Own.Code];
        using (var regio = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Gemeente, world.Own.Gemeenten[1])))
        {
            await SavedAsync(regio, scan, Answer("team", "nee"), Answer("reden", "Regio"), Answer("reg.visie", "vastgesteld"));
            using var submitted = await SubmitAsync(regio, scan);
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }
        using var api = await ApiClient.SignInAsync(app, world.Respondent);

        var visie = (await AnswerAsync(api, world.OwnResponse, "reg.visie"))!.Value;

        Assert.Equal("vastgesteld", visie.GetProperty("value").GetString());
        Assert.Equal($"Robuustheidsscan {WebApp.Year}", visie.GetProperty("prefillSource").GetString());
        Assert.Null(await AnswerAsync(api, world.OwnResponse, "team"));
    }

    [Fact]
    public async Task Another_gemeentes_answers_are_never_taken_over()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using (var neighbour = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Gemeente, world.Own.Gemeenten[1])))
        {
            await SavedAsync(neighbour, world.NeighbourResponse, Answer("team", "ja"), Answer("reg.visie", "geen"));
            using var submitted = await SubmitAsync(neighbour, world.NeighbourResponse);
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }
        using var api = await ApiClient.SignInAsync(app, world.Respondent);

        using var get = await GetAsync(api, world.OwnResponse);

        Assert.Equal(0, (await JsonAsync(get)).GetProperty("answers").GetArrayLength());
    }
}
