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
