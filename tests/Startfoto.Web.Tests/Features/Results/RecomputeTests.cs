using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Infrastructure.Scoring;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.Results;
using Startfoto.Web.Features.Scoring;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Results;

/// <summary>A new rules version recomputes in the background; history stays; a stale result is never shown as current.</summary>
public sealed class RecomputeTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Published_rules_become_the_next_version_recompute_every_submission_and_keep_the_history()
    {
        var world = await ScoringWorld.CreateAsync(app);
        await world.SubmitAsync(world.OwnResponse, team: "nee");
        await world.SubmitAsync(world.Round.NeighbourResponse, team: "nee");
        await world.ApproveAsync(world.Round.NeighbourResponse);

        var run = await world.PublishAndWaitAsync(ScoringWorld.Rules(version: 7, ltTier: "regulier"));

        Assert.Equal((2, 2, 2, 0), (run.GetProperty("rulesVersion").GetInt32(), run.GetProperty("total").GetInt32(),
            run.GetProperty("done").GetInt32(), run.GetProperty("failed").GetInt32()));
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        var score = await ScoringWorld.ScoreAsync(api, world.OwnResponse);
        Assert.Equal((2, "regulier"), (score.GetProperty("current").GetProperty("rulesVersion").GetInt32(), score.GetProperty("finalTier").GetString()));
        Assert.Equal([(2, ScoreTrigger.Recomputed, "regulier", true), (1, ScoreTrigger.Submitted, "intensief", false)],
            score.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("rulesVersion").GetInt32(),
                h.GetProperty("trigger").GetString(), h.GetProperty("tier").GetString(), h.GetProperty("current").GetBoolean())));
        await using var db = app.CreateDb();
        var rules = await db.ScoringRulesVersions.Where(v => v.QuestionnaireKey == world.Key).OrderBy(v => v.RulesVersion).ToListAsync();
        Assert.Equal([(1, ScoringRulesSource.Definition), (2, ScoringRulesSource.WhatIf)], rules.Select(v => (v.RulesVersion, v.Source)));
        Assert.Equal(2, ScoringJsonReader.Read(rules[1].Rules, "regels").Value!.Version);
        Assert.Equal(3, await db.ResponseScores.CountAsync(s => s.ResponseId == world.Round.NeighbourResponse));
    }

    [Fact]
    public async Task While_a_result_is_of_older_rules_nothing_shows_it_as_current()
    {
        var world = await ScoringWorld.CreateAsync(app);
        await world.SubmitAsync(world.OwnResponse, team: "nee");
        await using (var db = app.CreateDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            // A new version stored without its recompute: the state between publishing and the job reaching this response.
            await ScoringRulesStore.PublishAsync(db, world.Key, 1, ScoringJsonReader.Read(ScoringWorld.Rules(2), "regels").Value!,
                world.Adviseur.Id, DateTimeOffset.UtcNow, default);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        using var api = await ApiClient.SignInAsync(app, world.Adviseur);
        var score = await ScoringWorld.ScoreAsync(api, world.OwnResponse);
        var page = await PageAsync(world.Adviseur, $"/invullen/{world.OwnResponse}/uitslag");
        var tiers = await app.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<FinalTiers>()
            .ForRoundAsync(new Actor(world.Adviseur.Id, Role.Regioadviseur, null, [world.Round.Own.Code]), await RoundOfAsync(world.OwnResponse), default);
        using var tier = await world.OverrideAsync(api, world.OwnResponse, "licht", "Stale");

        Assert.Equal(("Recomputing", "wordt herberekend"), (score.GetProperty("scoreStatus").GetString(), score.GetProperty("state").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, score.GetProperty("current").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, score.GetProperty("finalTier").ValueKind);
        Assert.Contains("De uitslag wordt herberekend met regelversie 2.", page);
        Assert.DoesNotContain("Behoefte per thema", page);
        var own = Assert.Single(tiers, t => t.ResponseId == world.OwnResponse);
        Assert.Equal((ScoreStatus.Recomputing, (string?)null), (own.Status, own.Tier));
        Assert.Equal(HttpStatusCode.Conflict, tier.StatusCode);

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var started = await scope.ServiceProvider.GetRequiredService<StartRecompute>().RunAsync(world.Key, 1, 2, null, default);
            await WaitAsync(started.Id);
        }
        var after = await ScoringWorld.ScoreAsync(api, world.OwnResponse);
        Assert.Equal((2, "actueel"), (after.GetProperty("current").GetProperty("rulesVersion").GetInt32(), after.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Rules_with_problems_are_refused_at_their_place_and_nothing_is_stored()
    {
        var world = await ScoringWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var broken = ScoringWorld.Rules(2).Replace("\"tier\": \"regulier\", \"when\": \"${aantal_ten_minste_matig} >= 1\"",
            "\"tier\": \"superintensief\", \"when\": \"${onbekend} >= 1\"");

        using var publish = await api.PostAsync($"/api/scoring/rules/{world.Key}/1", new StringContent(broken, Encoding.UTF8, "application/json"));

        var errors = await Rounds.RoundSetup.ErrorsAsync(publish);
        Assert.Contains("superintensief", errors.GetProperty("scoring.tier.rules[1].tier")[0].GetString());
        Assert.True(errors.TryGetProperty("scoring.tier.rules[1].when", out _), errors.ToString());
        await using var db = app.CreateDb();
        Assert.Equal(1, await db.ScoringRulesVersions.CountAsync(v => v.QuestionnaireKey == world.Key));
        Assert.False(await db.ScoreRecomputations.AnyAsync(r => r.QuestionnaireKey == world.Key));
    }

    [Theory]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.Regioadviseur)]
    [InlineData(Role.Landelijk)]
    public async Task Only_Beheerder_and_OZJ_publish_rules_or_follow_recomputes(string role)
    {
        var world = await ScoringWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, role == Role.Gemeente ? world.Respondent : role == Role.Regioadviseur ? world.Adviseur : await app.NewUserAsync(role));

        using var publish = await api.PostAsync($"/api/scoring/rules/{world.Key}/1", new StringContent(ScoringWorld.Rules(2), Encoding.UTF8, "application/json"));
        using var overview = await api.GetAsync("/api/scoring");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (publish.StatusCode, overview.StatusCode));
        await using var db = app.CreateDb();
        Assert.Equal(1, await db.ScoringRulesVersions.CountAsync(v => v.QuestionnaireKey == world.Key));
    }

    [Fact]
    public async Task New_rules_in_the_definition_need_no_new_questionnaire_version_but_rules_with_results_cannot_change()
    {
        var world = await ScoringWorld.CreateAsync(app);
        await world.SubmitAsync(world.OwnResponse, team: "nee");
        var registry = app.Factory.Services.GetRequiredService<QuestionnaireRegistry>();
        var changed = ScoringWorld.Definition(world.Key, ltTier: "regulier");

        var sameVersion = await registry.RegisterAsync(Encoding.UTF8.GetBytes(changed), "scoretest.json", DefinitionSource.File, null, default);
        var newVersion = await registry.RegisterAsync(Encoding.UTF8.GetBytes(changed.Replace("\"scoring\": { \"version\": 1", "\"scoring\": { \"version\": 2")),
            "scoretest.json", DefinitionSource.File, null, default);

        Assert.Equal("SCR004", Assert.Single(sameVersion.Problems).Code);
        Assert.Equal((RegistrationOutcome.RulesChanged, (int?)2), (newVersion.Value!.Outcome, newVersion.Value.RulesVersion));
        await using var db = app.CreateDb();
        Assert.Equal([1, 2], await db.ScoringRulesVersions.Where(v => v.QuestionnaireKey == world.Key).Select(v => v.RulesVersion).OrderBy(v => v).ToListAsync());
    }

    async Task<string> PageAsync(TestUser user, string path)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);
        return await browser.GetPageAsync(path);
    }

    async Task<Guid> RoundOfAsync(Guid response)
    {
        await using var db = app.CreateDb();
        return await db.Responses.Where(r => r.Id == response).Select(r => r.RoundId).SingleAsync();
    }

    async Task WaitAsync(Guid run)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            await using var db = app.CreateDb();
            if (await db.ScoreRecomputations.AnyAsync(r => r.Id == run && r.FinishedAt != null)) return;
            await Task.Delay(100);
        }
        Assert.Fail("The recompute did not finish.");
    }
}
