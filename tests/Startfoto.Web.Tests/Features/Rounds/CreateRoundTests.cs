using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Responses;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Rounds;

/// <summary>POST /api/rounds: who may open a round, which responses it starts with, and every input problem under its field.</summary>
public sealed class CreateRoundTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Without_gemeenten_every_gemeente_of_the_regio_gets_a_response_not_started()
    {
        var world = await World.CreateAsync(app);
        var key = await RoundSetup.RegisterAsync(app);

        var (_, id) = await RoundSetup.OpenAsync(world, key);

        await using var db = app.CreateDb();
        var round = await db.ScanRounds.Include(r => r.Responses).SingleAsync(r => r.Id == id);
        Assert.Equal($"Lijst {key} 2024 – {world.Own.Name}", round.Title);
        Assert.Equal([14, 7, 1], round.ReminderDays);
        Assert.Equal(world.Own.Gemeenten.Order(), round.Responses.Select(r => r.GemeenteCode!).Order());
        Assert.All(round.Responses, r =>
        {
            Assert.Equal(ResponseStatus.NotStarted, r.Status);
            Assert.Equal(world.Own.Code, r.JeugdregioCode);
            Assert.Equal((key, 1, WebApp.Year), (r.QuestionnaireKey, r.QuestionnaireVersion, r.Year));
        });
    }

    [Fact]
    public async Task A_round_for_some_gemeenten_has_a_response_for_each_of_them_only()
    {
        var world = await World.CreateAsync(app);
        var key = await RoundSetup.RegisterAsync(app);

        var (_, id) = await RoundSetup.OpenAsync(world, key, [world.NeighbourGemeente.ToLowerInvariant()]);

        await using var db = app.CreateDb();
        Assert.Equal([world.NeighbourGemeente], await db.Responses.Where(r => r.RoundId == id).Select(r => r.GemeenteCode).ToListAsync());
    }

    [Fact]
    public async Task A_regio_level_questionnaire_gets_one_response_for_the_regio()
    {
        var world = await World.CreateAsync(app);
        var key = await RoundSetup.RegisterAsync(app, level: "jeugdregio");

        var (_, id) = await RoundSetup.OpenAsync(world, key);

        await using var db = app.CreateDb();
        var response = Assert.Single(await db.Responses.Where(r => r.RoundId == id).ToListAsync());
        Assert.Null(response.GemeenteCode);
        Assert.Equal(world.Own.Code, response.JeugdregioCode);
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once_under_its_field()
    {
        var world = await World.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, await world.NewActorAsync(Role.Regioadviseur));

        using var response = await api.PostAsJsonAsync("/api/rounds", new
        {
            questionnaireKey = "bestaat_niet", questionnaireVersion = 1, year = WebApp.Year, jeugdregioCode = world.Own.Code,
            gemeenten = new[] { world.OwnGemeente, world.ForeignGemeente }, title = new string('x', 201),
            opensOn = "2024-05-01", closesOn = "2024-03-01", reminderDays = new[] { 7, 400, 7 },
        });

        var errors = await RoundSetup.ErrorsAsync(response);
        Assert.Equal("Vragenlijst 'bestaat_niet' is niet geregistreerd; kies een geregistreerde vragenlijst.", errors.GetProperty("questionnaireKey")[0].GetString());
        Assert.Equal($"Gemeente {world.ForeignGemeente} hoort in 2024 niet bij jeugdregio {world.Own.Code}; haal haar uit de lijst.",
            Assert.Single(errors.GetProperty("gemeenten").EnumerateArray()).GetString());
        Assert.Equal("De titel mag hoogstens 200 tekens lang zijn.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("De sluitdatum ligt vóór de openingsdatum; kies een latere sluitdatum.", errors.GetProperty("closesOn")[0].GetString());
        Assert.Equal(
            ["Herinneren 400 dagen voor de sluitdatum kan niet: kies 0 tot en met 365 dagen.",
             "7 dagen voor de sluitdatum staat er meer dan eens in: noem elke dag één keer."],
            errors.GetProperty("reminderDays").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Missing_fields_an_unknown_version_and_a_year_without_indeling_are_reported_under_their_fields()
    {
        var world = await World.CreateAsync(app);
        var key = await RoundSetup.RegisterAsync(app);
        using var api = await ApiClient.SignInAsync(app, await world.NewActorAsync(Role.Regioadviseur));

        using var missing = await api.PostAsJsonAsync("/api/rounds", new { questionnaireKey = key, questionnaireVersion = 9, year = WebApp.Year });
        using var noIndeling = await api.PostAsJsonAsync("/api/rounds",
            new { questionnaireKey = key, questionnaireVersion = 1, year = 2031, jeugdregioCode = world.Own.Code, opensOn = "2031-01-01", closesOn = "2031-02-01" });

        var errors = await RoundSetup.ErrorsAsync(missing);
        Assert.Equal($"Versie 9 van '{key}' is niet geregistreerd; kies een geregistreerde versie.", errors.GetProperty("questionnaireVersion")[0].GetString());
        Assert.Equal("Kies de jeugdregio (zoals JZ18).", errors.GetProperty("jeugdregioCode")[0].GetString());
        Assert.Equal("Vul de datum in waarop de ronde opengaat.", errors.GetProperty("opensOn")[0].GetString());
        Assert.Equal("Vul de datum in waarop de ronde sluit.", errors.GetProperty("closesOn")[0].GetString());
        Assert.Equal("Er is geen gemeente-indeling van 2031; kies een jaar waarvoor de indeling is geladen.",
            (await RoundSetup.ErrorsAsync(noIndeling)).GetProperty("year")[0].GetString());
    }

    [Fact]
    public async Task Gemeenten_for_a_regio_level_questionnaire_are_refused()
    {
        var world = await World.CreateAsync(app);
        var key = await RoundSetup.RegisterAsync(app, level: "jeugdregio");
        using var api = await ApiClient.SignInAsync(app, await world.NewActorAsync(Role.Regioadviseur));

        using var response = await api.PostAsJsonAsync("/api/rounds", RoundSetup.Input(key, world.Own.Code, [world.OwnGemeente]));

        Assert.StartsWith("Deze vragenlijst vult de jeugdregio als geheel in", (await RoundSetup.ErrorsAsync(response)).GetProperty("gemeenten")[0].GetString());
    }

    [Theory]
    [InlineData("foreign-adviseur")]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.OZJ)]
    [InlineData(Role.Landelijk)]
    [InlineData(Role.Beheerder)]
    public async Task Only_a_regioadviseur_of_the_regio_may_open_a_round(string who)
    {
        var world = await World.CreateAsync(app);
        var key = await RoundSetup.RegisterAsync(app);
        var actor = await RoundSetup.ActorAsync(world, who);
        using var api = await ApiClient.SignInAsync(app, actor);

        using var response = await api.PostAsJsonAsync("/api/rounds", RoundSetup.Input(key, world.Own.Code));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = app.CreateDb();
        Assert.False(await db.ScanRounds.AnyAsync(r => r.QuestionnaireKey == key));
    }
}
