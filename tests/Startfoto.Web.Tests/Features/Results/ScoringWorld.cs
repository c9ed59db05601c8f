using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Features.FillingIn;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.Results;

/// <summary>
/// A small scored vragenlijst (two themes: "lt" decides the tier, "dm" counts) in an open round of a regio of the test's
/// own, with a response for each of its two gemeenten and one in a foreign regio, and who may or may not see them.
/// </summary>
public sealed record ScoringWorld(WebApp App, string Key, FillingInWorld Round)
{
    public Guid OwnResponse => Round.OwnResponse;
    public TestUser Respondent => Round.Respondent;
    public TestUser Adviseur => Round.Adviseur;

    public static string Definition(string key, string ltTier = "intensief") => $$"""
        { "key": "{{key}}", "version": 1, "title": "Scoretest", "kind": "other", "level": "gemeente",
          "themes": [ { "key": "lt", "title": "Stevige lokale teams" }, { "key": "dm", "title": "Data en monitoring" } ],
          "sections": [ { "key": "basis", "title": "Basis", "questions": [
            { "key": "lt.team", "type": "yesPartlyNo", "label": "Is er een lokaal team?", "required": true, "theme": "lt",
              "options": [ { "value": "ja", "label": "Ja", "score": 100 }, { "value": "deels", "label": "Deels", "score": 50 }, { "value": "nee", "label": "Nee", "score": 0 } ] },
            { "key": "dm.inzicht", "type": "yesPartlyNo", "label": "Is er inzicht in kosten?", "required": true, "theme": "dm",
              "options": [ { "value": "ja", "label": "Ja", "score": 100 }, { "value": "deels", "label": "Deels", "score": 50 }, { "value": "nee", "label": "Nee", "score": 0 } ] } ] } ],
          "scoring": {{Rules(1, ltTier)}} }
        """;

    /// <summary>"lt" hoog gives <paramref name="ltTier"/>; any theme at least matig regulier; at least licht licht; else geen.</summary>
    public static string Rules(int version, string ltTier = "intensief") => $$"""
        { "version": {{version}}, "minCoverage": 0.6,
          "needs": [ { "need": "geen", "from": 70 }, { "need": "licht", "from": 50 }, { "need": "matig", "from": 30 }, { "need": "hoog", "from": 0 } ],
          "tier": { "label": "OZJ-intensiteit", "themes": [ "lt", "dm" ], "tiers": [ "intensief", "regulier", "licht", "geen" ],
            "rules": [
              { "tier": "{{ltTier}}", "when": "${lt} = 'hoog'", "description": "Stevige lokale teams heeft behoefte 'hoog'" },
              { "tier": "regulier", "when": "${aantal_ten_minste_matig} >= 1" },
              { "tier": "licht", "when": "${aantal_ten_minste_licht} >= 1" } ],
            "otherwise": "geen" } }
        """;

    /// <param name="definition">Another definition than <see cref="Definition"/>; its key must be new.</param>
    public static async Task<ScoringWorld> CreateAsync(WebApp app, string? definition = null)
    {
        var key = definition is null ? Definitions.NewKey() : System.Text.Json.JsonDocument.Parse(definition).RootElement.GetProperty("key").GetString()!;
        await FillingInWorld.RegisterAsync(app, definition ?? Definition(key));
        var own = await app.NewRegioAsync(2);
        var foreign = await app.NewRegioAsync(1);
        var adviseur = await app.NewUserAsync(Role.Regioadviseur, null, own.Code);
        var ownRound = await FillingInWorld.AddRoundAsync(app, key, own.Code, adviseur.Id, own.Gemeenten);
        var foreignRound = await FillingInWorld.AddRoundAsync(app, key, foreign.Code, adviseur.Id, foreign.Gemeenten);
        var round = new FillingInWorld(app, key, own, foreign, ownRound[own.Gemeenten[0]], ownRound[own.Gemeenten[1]],
            foreignRound[foreign.Gemeenten[0]], await app.NewUserAsync(Role.Gemeente, own.Gemeenten[0]),
            await app.NewUserAsync(Role.Gemeente, own.Gemeenten[0]), adviseur);
        return new ScoringWorld(app, key, round);
    }

    /// <summary>Answers and submits a response as its own gemeente: "nee" for the team gives lt hoog, so tier intensief.</summary>
    public async Task SubmitAsync(Guid response, string team = "nee", string inzicht = "ja")
    {
        var gemeente = response == Round.OwnResponse ? Respondent
            : await App.NewUserAsync(Role.Gemeente, response == Round.NeighbourResponse ? Round.Own.Gemeenten[1] : Round.Foreign.Gemeenten[0]);
        using var api = await ApiClient.SignInAsync(App, gemeente);
        await SavedAsync(api, response, Answer("lt.team", team), Answer("dm.inzicht", inzicht));
        using var submit = await ResponsesApi.SubmitAsync(api, response);
        Assert.True(submit.StatusCode == HttpStatusCode.OK, await submit.Content.ReadAsStringAsync());
    }

    public async Task ApproveAsync(Guid response)
    {
        using var api = await ApiClient.SignInAsync(App, Adviseur);
        using var approve = await api.PostAsync($"/api/responses/{response}/approve", null);
        Assert.True(approve.StatusCode == HttpStatusCode.OK, await approve.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> ScoreAsync(HttpClient api, Guid response)
    {
        using var get = await api.GetAsync($"/api/responses/{response}/score");
        Assert.True(get.StatusCode == HttpStatusCode.OK, await get.Content.ReadAsStringAsync());
        return await get.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> OverrideAsync(HttpClient api, Guid response, string? tier, string? motivation) =>
        api.PostAsJsonAsync($"/api/responses/{response}/tier", new { tier, motivation });

    /// <summary>Publishes rules through the API as OZJ and waits until their recompute has finished.</summary>
    public async Task<JsonElement> PublishAndWaitAsync(string rules)
    {
        using var api = await ApiClient.SignInAsync(App, await App.NewUserAsync(Role.OZJ));
        using var publish = await api.PostAsync($"/api/scoring/rules/{Key}/1", new StringContent(rules, System.Text.Encoding.UTF8, "application/json"));
        var body = await publish.Content.ReadAsStringAsync();
        Assert.True(publish.StatusCode == HttpStatusCode.OK, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("recomputationId").GetGuid();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var get = await api.GetAsync($"/api/scoring/recomputations/{id}");
            var run = await get.Content.ReadFromJsonAsync<JsonElement>();
            if (run.GetProperty("finishedAt").ValueKind != JsonValueKind.Null) return run;
            Assert.True(DateTime.UtcNow < until, $"The recompute did not finish: {run}");
            await Task.Delay(100);
        }
    }

}
