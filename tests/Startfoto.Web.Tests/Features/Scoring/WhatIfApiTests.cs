using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Features.FillingIn;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.Scoring;

/// <summary>POST /api/scoring/{key}/{version}/what-if: submitted responses scored with current and sandbox rules, nothing stored.</summary>
public sealed class WhatIfApiTests(WebApp app) : IClassFixture<WebApp>
{
    const string Needs = """[ { "need": "geen", "from": 70 }, { "need": "licht", "from": 50 }, { "need": "matig", "from": 30 }, { "need": "hoog", "from": 0 } ]""";

    static string Rules(string needs = Needs) => $$"""
        { "version": 1, "minCoverage": 0.5, "needs": {{needs}},
          "tier": { "label": "OZJ-intensiteit", "themes": ["t"], "tiers": ["intensief", "regulier", "licht", "geen"],
            "rules": [ { "tier": "intensief", "when": "${t} = 'hoog'" }, { "tier": "regulier", "when": "${t} = 'matig'" },
                       { "tier": "licht", "when": "${t} = 'licht'" } ],
            "otherwise": "geen" } }
        """;

    /// <summary>A scored vragenlijst with two submitted responses in a fresh regio: team 'ja' (100, geen) and team 'deels' (50, licht).</summary>
    async Task<(string Key, TestRegio Regio, Dictionary<string, Guid> Responses)> TwoSubmittedAsync()
    {
        var key = Definitions.NewKey();
        var definition = FillingInWorld.Definition(key).Replace("\"type\": \"yesPartlyNo\",", "\"type\": \"yesPartlyNo\", \"theme\": \"t\",")
            .TrimEnd()[..^1] + $$""", "scoring": {{Rules()}} }""";
        await FillingInWorld.RegisterAsync(app, definition);
        var regio = await app.NewRegioAsync(2);
        var adviseur = await app.NewUserAsync(Role.Regioadviseur, null, regio.Code);
        var responses = await FillingInWorld.AddRoundAsync(app, key, regio.Code, adviseur.Id, regio.Gemeenten);
        foreach (var (gemeente, team) in new[] { (regio.Gemeenten[0], "ja"), (regio.Gemeenten[1], "deels") })
        {
            using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Gemeente, gemeente));
            await SavedAsync(api, responses[gemeente!], Answer("team", team), Answer("reg.visie", "concept"));
            using var submit = await SubmitAsync(api, responses[gemeente!]);
            Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        }
        return (key, regio, responses);
    }

    static Task<HttpResponseMessage> WhatIfAsync(HttpClient api, string key, string rules) =>
        api.PostAsync($"/api/scoring/{key}/1/what-if", new StringContent(rules, System.Text.Encoding.UTF8, "application/json"));

    [Fact]
    public async Task A_stricter_licht_threshold_moves_the_gemeente_at_50_from_licht_to_regulier_and_stores_nothing()
    {
        var (key, regio, responses) = await TwoSubmittedAsync();
        using var ozj = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.OZJ));
        var stricter = Needs.Replace("\"from\": 50", "\"from\": 60");

        using var response = await WhatIfAsync(ozj, key, Rules(stricter));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal((2, 1, 1, 1), (body.GetProperty("respondents").GetInt32(), body.GetProperty("tierChanges").GetInt32(),
            body.GetProperty("needChanges").GetInt32(), body.GetProperty("currentVersion").GetInt32()));
        var change = Assert.Single(body.GetProperty("changes").EnumerateArray());
        Assert.Equal(responses[regio.Gemeenten[1]].ToString(), change.GetProperty("id").GetString());
        Assert.Contains($"({regio.Name}), {WebApp.Year}", change.GetProperty("name").GetString());
        Assert.Equal(("licht", "regulier"), (change.GetProperty("tierBefore").GetString(), change.GetProperty("tierAfter").GetString()));
        var need = Assert.Single(change.GetProperty("needs").EnumerateArray());
        Assert.Equal(("t", "licht", "matig"), (need.GetProperty("theme").GetString(), need.GetProperty("before").GetString(), need.GetProperty("after").GetString()));
        var tiers = body.GetProperty("tiers").EnumerateArray().ToDictionary(t => t.GetProperty("tier").GetString()!, t => (t.GetProperty("before").GetInt32(), t.GetProperty("after").GetInt32()));
        Assert.Equal((0, 1), tiers["regulier"]);
        Assert.Equal((1, 0), tiers["licht"]);
        Assert.Equal((1, 1), tiers["geen"]);

        using var again = await WhatIfAsync(ozj, key, Rules());
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tierChanges").GetInt32());
    }

    [Fact]
    public async Task Bad_sandbox_rules_are_refused_with_their_place_in_the_rules()
    {
        var (key, _, _) = await TwoSubmittedAsync();
        using var beheerder = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));

        using var unordered = await WhatIfAsync(beheerder, key, Rules(Needs.Replace("\"from\": 30", "\"from\": 60")));
        using var unknownName = await WhatIfAsync(beheerder, key, Rules().Replace("${t} = 'licht'", "${x} = 'licht'"));

        Assert.Equal(HttpStatusCode.BadRequest, unordered.StatusCode);
        var errors = (await unordered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Drempel 'matig' (vanaf 60)", errors.GetProperty("scoring.needs[2]")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknownName.StatusCode);
        Assert.True((await unknownName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("scoring.tier.rules[2].when", out _));
    }

    [Theory]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.Regioadviseur)]
    [InlineData(Role.Landelijk)]
    public async Task Only_ozj_and_the_beheerder_may_use_the_sandbox(string role)
    {
        var (key, regio, _) = await TwoSubmittedAsync();
        var user = role switch
        {
            Role.Gemeente => await app.NewUserAsync(role, regio.Gemeenten[0]),
            Role.Regioadviseur => await app.NewUserAsync(role, null, regio.Code),
            _ => await app.NewUserAsync(role),
        };
        using var api = await ApiClient.SignInAsync(app, user);

        using var response = await WhatIfAsync(api, key, Rules());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(regio.Name, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_questionnaire_is_not_found()
    {
        using var ozj = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.OZJ));

        using var response = await WhatIfAsync(ozj, "bestaat-niet", Rules());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
