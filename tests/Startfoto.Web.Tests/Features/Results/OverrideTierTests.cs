using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.Results;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Results;

/// <summary>POST /api/responses/{id}/tier: the computed and final tier both kept, every override audited, downstream reads the final tier.</summary>
public sealed class OverrideTierTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task The_adviseur_overrides_the_tier_with_a_motivation_and_everything_downstream_reads_the_final_tier()
    {
        var world = await ScoringWorld.CreateAsync(app);
        await world.SubmitAsync(world.OwnResponse, team: "nee");
        using var api = await ApiClient.SignInAsync(app, world.Adviseur);

        using var change = await world.OverrideAsync(api, world.OwnResponse, " regulier ", "  Het team start volgende maand; buddy volstaat.  ");

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        var entry = await change.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("intensief", "regulier"), (entry.GetProperty("fromTier").GetString(), entry.GetProperty("toTier").GetString()));
        var score = await ScoringWorld.ScoreAsync(api, world.OwnResponse);
        Assert.Equal(("intensief", "regulier", true), (score.GetProperty("computedTier").GetString(),
            score.GetProperty("finalTier").GetString(), score.GetProperty("overridden").GetBoolean()));
        var audit = Assert.Single(score.GetProperty("overrides").EnumerateArray());
        Assert.Equal(("Het team start volgende maand; buddy volstaat.", world.Adviseur.DisplayName),
            (audit.GetProperty("motivation").GetString(), audit.GetProperty("by").GetString()));

        await using var db = app.CreateDb();
        var stored = await db.TierOverrides.SingleAsync(o => o.ResponseId == world.OwnResponse);
        Assert.Equal((world.Adviseur.Id, "intensief", "regulier"), (stored.By, stored.FromTier, stored.ToTier));
        Assert.Equal("intensief", (await db.ResponseScores.SingleAsync(s => s.ResponseId == world.OwnResponse)).Tier);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var tiers = await scope.ServiceProvider.GetRequiredService<FinalTiers>()
            .ForYearAsync(new Actor(Guid.NewGuid(), Role.OZJ, null, []), WebApp.Year, world.Key, default);
        var own = Assert.Single(tiers, t => t.ResponseId == world.OwnResponse);
        Assert.Equal(("regulier", "intensief", true), (own.Tier, own.ComputedTier, own.Overridden));
        var tampering = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE tier_overrides SET to_tier = 'geen' WHERE response_id = {world.OwnResponse}"));
        Assert.Contains("append-only", tampering.MessageText);
    }

    [Fact]
    public async Task A_second_override_is_audited_too_and_the_latest_gives_the_final_tier()
    {
        var world = await ScoringWorld.CreateAsync(app);
        await world.SubmitAsync(world.OwnResponse, team: "nee");
        using var api = await ApiClient.SignInAsync(app, world.Adviseur);
        (await world.OverrideAsync(api, world.OwnResponse, "regulier", "Eerst regulier.")).Dispose();

        using var again = await world.OverrideAsync(api, world.OwnResponse, "licht", "Na het gesprek: licht.");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var score = await ScoringWorld.ScoreAsync(api, world.OwnResponse);
        Assert.Equal("licht", score.GetProperty("finalTier").GetString());
        Assert.Equal([("regulier", "licht"), ("intensief", "regulier")], score.GetProperty("overrides").EnumerateArray()
            .Select(o => (o.GetProperty("fromTier").GetString(), o.GetProperty("toTier").GetString())));
    }

    [Theory]
    [InlineData("regulier", "  ", "motivation", "Geef een motivatie")]
    [InlineData("superintensief", "Omdat het moet.", "tier", "'superintensief' is geen intensiteit; kies er een uit: intensief, regulier, licht, geen.")]
    [InlineData(null, "Omdat het moet.", "tier", "Kies een intensiteit uit: intensief, regulier, licht, geen.")]
    [InlineData("intensief", "Omdat het moet.", "tier", "De intensiteit is al 'intensief'; kies een andere.")]
    public async Task A_bad_override_names_its_field_and_changes_nothing(string? tier, string motivation, string field, string message)
    {
        var world = await ScoringWorld.CreateAsync(app);
        await world.SubmitAsync(world.OwnResponse, team: "nee");
        using var api = await ApiClient.SignInAsync(app, world.Adviseur);

        using var change = await world.OverrideAsync(api, world.OwnResponse, tier, motivation);

        var errors = await Rounds.RoundSetup.ErrorsAsync(change);
        Assert.StartsWith(message, errors.GetProperty(field)[0].GetString());
        await using var db = app.CreateDb();
        Assert.False(await db.TierOverrides.AnyAsync(o => o.ResponseId == world.OwnResponse));
    }

    [Fact]
    public async Task Without_a_current_result_there_is_nothing_to_override()
    {
        var world = await ScoringWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Adviseur);

        using var change = await world.OverrideAsync(api, world.OwnResponse, "licht", "Te vroeg.");

        Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
        Assert.Contains("nog niet ingediend", (await change.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
