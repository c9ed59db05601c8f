using System.Net;
using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Tests.Features.FillingIn;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.Results;

/// <summary>A submit and an approval each store a result with the rules version they used; GET …/score shows the current one.</summary>
public sealed class StoredResultTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task A_submit_stores_a_result_with_its_rules_version_and_the_gemeente_sees_it_as_current()
    {
        var world = await ScoringWorld.CreateAsync(app);

        await world.SubmitAsync(world.OwnResponse, team: "nee");

        await using (var db = app.CreateDb())
        {
            var stored = await db.ResponseScores.SingleAsync(s => s.ResponseId == world.OwnResponse);
            Assert.Equal((world.Key, 1, 1, ScoreTrigger.Submitted, "intensief"),
                (stored.QuestionnaireKey, stored.QuestionnaireVersion, stored.RulesVersion, stored.Trigger, stored.Tier));
            Assert.Contains("\"need\": \"hoog\"", stored.Result); // jsonb writes a space after the colon
        }
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        var score = await ScoringWorld.ScoreAsync(api, world.OwnResponse);
        Assert.Equal(("Current", "actueel"), (score.GetProperty("scoreStatus").GetString(), score.GetProperty("state").GetString()));
        Assert.Equal(("intensief", "intensief", false),
            (score.GetProperty("computedTier").GetString(), score.GetProperty("finalTier").GetString(), score.GetProperty("overridden").GetBoolean()));
        var result = score.GetProperty("current").GetProperty("result");
        Assert.Equal((1, 1), (result.GetProperty("rulesVersion").GetInt32(), result.GetProperty("tierRule").GetInt32()));
        var lt = result.GetProperty("themes")[0];
        Assert.Equal(("lt", 0.0, "hoog"), (lt.GetProperty("theme").GetString(), lt.GetProperty("score").GetDouble(), lt.GetProperty("need").GetString()));
        Assert.Equal("Regel 1 'intensief' toegepast: Stevige lokale teams heeft behoefte 'hoog' (behoefte Stevige lokale teams is 'hoog').",
            result.GetProperty("tierRules")[0].GetProperty("sentence").GetString());
        Assert.Equal("scored", lt.GetProperty("items")[0].GetProperty("outcome").GetString());
        Assert.Single(score.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task An_approval_stores_another_result_which_becomes_the_current_one()
    {
        var world = await ScoringWorld.CreateAsync(app);
        await world.SubmitAsync(world.OwnResponse, team: "deels", inzicht: "nee");

        await world.ApproveAsync(world.OwnResponse);

        await using var db = app.CreateDb();
        var stored = await db.ResponseScores.Where(s => s.ResponseId == world.OwnResponse).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal([ScoreTrigger.Submitted, ScoreTrigger.Approved], stored.Select(s => s.Trigger));
        Assert.All(stored, s => Assert.Equal((1, "regulier"), (s.RulesVersion, s.Tier)));
        using var api = await ApiClient.SignInAsync(app, world.Adviseur);
        var score = await ScoringWorld.ScoreAsync(api, world.OwnResponse);
        Assert.Equal(stored[1].Id, score.GetProperty("current").GetProperty("id").GetInt64());
        Assert.Equal([true, false], score.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("current").GetBoolean()));
    }

    [Fact]
    public async Task A_gemeentes_Startfoto_takes_at_least_the_worst_criterion_need_of_its_regios_Robuustheidsscan()
    {
        var scanKey = Definitions.NewKey();
        await FillingInWorld.RegisterAsync(app, $$"""
            { "key": "{{scanKey}}", "version": 1, "title": "Scan", "kind": "robuustheidsscan", "level": "jeugdregio",
              "themes": [ { "key": "visie", "title": "Visie" }, { "key": "inkoop", "title": "Inkoop" } ],
              "sections": [ { "key": "s", "title": "Scan", "questions": [
                { "key": "visie.q", "type": "yesPartlyNo", "label": "Visie?", "required": true, "theme": "visie", "options": "jdn" },
                { "key": "inkoop.q", "type": "yesPartlyNo", "label": "Inkoop?", "required": true, "theme": "inkoop", "options": "jdn" } ] } ],
              "optionSets": { "jdn": [ { "value": "ja", "label": "Ja", "score": 100 }, { "value": "deels", "label": "Deels", "score": 50 },
                                       { "value": "nee", "label": "Nee", "score": 0 } ] },
              "scoring": { "version": 1, "minCoverage": 0.6,
                "needs": [ { "need": "geen", "from": 70 }, { "need": "licht", "from": 50 }, { "need": "matig", "from": 30 }, { "need": "hoog", "from": 0 } ],
                "tier": { "label": "Oordeel regio", "themes": [ "visie", "inkoop" ], "tiers": [ "kwetsbaar", "robuust" ],
                  "rules": [ { "tier": "kwetsbaar", "when": "${aantal_ten_minste_matig} >= 1" } ], "otherwise": "robuust" } } }
            """);
        var key = Definitions.NewKey();
        var world = await ScoringWorld.CreateAsync(app, ScoringWorld.Definition(key).Replace("\"version\": 1, \"minCoverage\"", "\"version\": 1, \"regioTheme\": \"dm\", \"minCoverage\""));
        var scan = (await FillingInWorld.AddRoundAsync(app, scanKey, world.Round.Own.Code, world.Adviseur.Id, [null]))[world.Round.Own.Code];
        using (var api = await ApiClient.SignInAsync(app, world.Respondent))
        {
            await SavedAsync(api, scan, Answer("visie.q", "ja"), Answer("inkoop.q", "nee"));
            using var submitted = await SubmitAsync(api, scan);
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        await world.SubmitAsync(world.OwnResponse, team: "ja", inzicht: "ja");

        using var client = await ApiClient.SignInAsync(app, world.Respondent);
        var score = await ScoringWorld.ScoreAsync(client, world.OwnResponse);
        var dm = score.GetProperty("current").GetProperty("result").GetProperty("themes")[1];
        Assert.Equal(("geen", "hoog"), (dm.GetProperty("thresholdNeed").GetString(), dm.GetProperty("need").GetString()));
        Assert.Contains($"De regio: Robuustheidsscan Testregio {world.Round.Own.Code}: zwakste criterium Inkoop 'hoog' → ten minste hoog.",
            dm.GetProperty("reason").GetString());
        Assert.Equal("regulier", score.GetProperty("finalTier").GetString());
    }

    [Fact]
    public async Task Without_scoring_rules_a_submit_succeeds_and_stores_no_result()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        await SavedAsync(api, world.OwnResponse, Answer("team", "ja"), Answer("reg.visie", "geen"));

        using var submit = await SubmitAsync(api, world.OwnResponse);

        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        await using var db = app.CreateDb();
        Assert.False(await db.ResponseScores.AnyAsync(s => s.ResponseId == world.OwnResponse));
        var score = await ScoringWorld.ScoreAsync(api, world.OwnResponse);
        Assert.Equal("geen scoreregels", score.GetProperty("state").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, score.GetProperty("current").ValueKind);
    }

    [Fact]
    public async Task Before_submission_there_is_no_result_and_the_page_says_so()
    {
        var world = await ScoringWorld.CreateAsync(app);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(world.Respondent);

        var html = await browser.GetPageAsync($"/invullen/{world.OwnResponse}/uitslag");

        Assert.Contains("Er is nog geen uitslag: de vragenlijst is nog niet ingediend.", html);
        Assert.DoesNotContain("Behoefte per thema", html);
    }

    [Fact]
    public async Task The_results_page_shows_needs_tier_rule_and_contributions_once_submitted()
    {
        var world = await ScoringWorld.CreateAsync(app);
        await world.SubmitAsync(world.OwnResponse, team: "nee");
        using var browser = app.NewBrowser();
        await browser.SignInAsync(world.Respondent);

        var html = await browser.GetPageAsync($"/invullen/{world.OwnResponse}/uitslag");
        var form = await browser.GetPageAsync($"/invullen/{world.OwnResponse}");

        Assert.Contains("Behoefte per thema", html);
        Assert.Contains("Regel 1 &#x27;intensief&#x27; toegepast", html);
        Assert.Contains("Bijdrage per vraag", html);
        Assert.Contains("Is er een lokaal team?", html);
        Assert.DoesNotContain("aanpassen</h2>", html); // only the regioadviseur overrides
        Assert.Contains($"href=\"/invullen/{world.OwnResponse}/uitslag\"", form);
    }
}
