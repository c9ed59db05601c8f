using Startfoto.Infrastructure.Indeling;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Data;
using Startfoto.TestSupport;

namespace Startfoto.Infrastructure.Tests.Questionnaires;

/// <summary>Small definitions with a key of each test's own, and what the database holds for them.</summary>
static class TestDefinitions
{
    public static string NewKey() => "test_" + Guid.NewGuid().ToString("N")[..10];

    public static string Json(string key, int version = 1, string title = "Testlijst", string label = "Hoeveel?") => $$"""
        {
          // a comment, as editors allow
          "key": "{{key}}", "version": {{version}}, "title": "{{title}}", "kind": "other", "level": "gemeente",
          "sections": [ { "key": "s1", "title": "Sectie", "questions": [
            { "key": "aantal", "type": "number", "label": "{{label}}" },
          ] } ]
        }
        """;

    /// <summary>Two problems: a reference to a question that does not exist, and a duplicate key.</summary>
    public static string Broken(string key) => $$"""
        { "key": "{{key}}", "version": 1, "title": "Kapot", "kind": "other", "level": "gemeente",
          "sections": [ { "key": "s1", "title": "Sectie", "questions": [
            { "key": "a", "type": "number", "label": "A", "visibleWhen": "${bestaat_niet} > 1" },
            { "key": "a", "type": "shortText", "label": "A nogmaals" } ] } ] }
        """;

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    public static async Task<QuestionnaireVersion?> StoredAsync(PostgresDatabase database, string key, int version = 1)
    {
        await using var db = database.CreateDb();
        return await db.QuestionnaireVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Key == key && v.Version == version);
    }

    public static async Task AddResponseAsync(PostgresDatabase database, string key, int version = 1)
    {
        await using var db = database.CreateDb();
        if (!await db.Gemeenten.AnyAsync(g => g.Year == 2025))
            await new IndelingImport(database.CreateDb).ImportFileAsync(2025, IndelingSeed.Csv(2025), "gemeenten_2025.csv", default);
        await TestResponses.AddAsync(db, 2025, "GM0546", key, version);
    }
}
