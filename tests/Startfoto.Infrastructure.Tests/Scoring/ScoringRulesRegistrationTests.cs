using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Infrastructure.Scoring;
using Startfoto.Infrastructure.Tests.Questionnaires;
using Startfoto.TestSupport;
using static Startfoto.Infrastructure.Tests.Questionnaires.TestDefinitions;

namespace Startfoto.Infrastructure.Tests.Scoring;

/// <summary>The rules a definition ships with become rules versions of their own, apart from the questions.</summary>
[Collection(nameof(RegistrationDb))]
public sealed class ScoringRulesRegistrationTests(PostgresDatabase database)
{
    readonly QuestionnaireRegistry registry = QuestionnaireRegistry.ForConnectionString(database.ConnectionString);

    static string Scored(string key, int rulesVersion = 1, int geenFrom = 70) => $$"""
        { "key": "{{key}}", "version": 1, "title": "Gescoord", "kind": "other", "level": "gemeente",
          "themes": [ { "key": "lt", "title": "Lokale teams" } ],
          "sections": [ { "key": "s", "title": "S", "questions": [
            { "key": "lt.team", "type": "yesPartlyNo", "label": "Team?", "theme": "lt",
              "options": [ { "value": "ja", "label": "Ja", "score": 100 }, { "value": "nee", "label": "Nee", "score": 0 } ] } ] } ],
          "scoring": { "version": {{rulesVersion}}, "minCoverage": 0.6,
            "needs": [ { "need": "geen", "from": {{geenFrom}} }, { "need": "licht", "from": 50 }, { "need": "matig", "from": 30 }, { "need": "hoog", "from": 0 } ],
            "tier": { "label": "OZJ-intensiteit", "themes": [ "lt" ], "tiers": [ "intensief", "regulier", "licht", "geen" ],
              "rules": [ { "tier": "intensief", "when": "${lt} = 'hoog'" } ], "otherwise": "geen" } } }
        """;

    Task<Domain.Problems.Result<Registration>> RegisterAsync(string json) =>
        registry.RegisterAsync(Bytes(json), "gescoord.json", DefinitionSource.File, by: null, default);

    [Fact]
    public async Task A_definitions_rules_are_stored_as_its_rules_version_once()
    {
        var key = NewKey();

        var first = await RegisterAsync(Scored(key));
        var again = await RegisterAsync(Scored(key));

        Assert.Equal((RegistrationOutcome.Registered, (int?)1), (first.Value!.Outcome, first.Value.RulesVersion));
        Assert.Equal((RegistrationOutcome.Unchanged, (int?)null), (again.Value!.Outcome, again.Value.RulesVersion));
        var stored = Assert.Single(await RulesAsync(key));
        Assert.Equal((1, ScoringRulesSource.Definition), (stored.RulesVersion, stored.Source));
        Assert.Equal(1, ScoringJsonReader.Read(stored.Rules, "regels").Value!.Version);
    }

    [Fact]
    public async Task New_rules_for_a_version_with_responses_are_a_new_rules_version_not_a_new_questionnaire_version()
    {
        var key = NewKey();
        await RegisterAsync(Scored(key));
        await AddResponseAsync(database, key);

        var changed = await RegisterAsync(Scored(key, rulesVersion: 2, geenFrom: 80));

        Assert.True(changed.Ok, string.Join("\n", changed.Problems));
        Assert.Equal((RegistrationOutcome.RulesChanged, (int?)2), (changed.Value!.Outcome, changed.Value.RulesVersion));
        Assert.Equal([1, 2], (await RulesAsync(key)).Select(v => v.RulesVersion));
        Assert.Contains("80", (await StoredAsync(database, key))!.Definition);
    }

    [Fact]
    public async Task A_file_with_an_older_rules_version_or_one_published_from_the_what_if_is_refused_and_nothing_changes()
    {
        var key = NewKey();
        await RegisterAsync(Scored(key, rulesVersion: 2));
        await using (var db = database.CreateDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var rules = QuestionnaireJsonReader.Read(Scored(key, geenFrom: 90), "what-if.json").Value!.Scoring!;
            Assert.Equal(3, await ScoringRulesStore.PublishAsync(db, key, 1, rules, by: null, DateTimeOffset.UtcNow, default));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        var before = await StoredAsync(database, key);

        var older = await RegisterAsync(Scored(key, rulesVersion: 1, geenFrom: 75));
        var taken = await RegisterAsync(Scored(key, rulesVersion: 3, geenFrom: 75));

        Assert.Equal("SCR002", Assert.Single(older.Problems).Code);
        Assert.Contains("het nummer 4 of hoger", older.Problems[0].Message);
        Assert.Equal(("SCR003", "scoring.version"), (Assert.Single(taken.Problems).Code, taken.Problems[0].At.Key));
        Assert.Equal([2, 3], (await RulesAsync(key)).Select(v => v.RulesVersion));
        Assert.Equivalent(before, await StoredAsync(database, key));
    }

    async Task<List<ScoringRulesVersion>> RulesAsync(string key)
    {
        await using var db = database.CreateDb();
        return await db.ScoringRulesVersions.Where(v => v.QuestionnaireKey == key).OrderBy(v => v.RulesVersion).ToListAsync();
    }
}
