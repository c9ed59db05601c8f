using System.Net;
using Microsoft.EntityFrameworkCore;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.FillingIn;

/// <summary>PUT /api/responses/{id}/answers: saved, audited, and never silently overwriting a colleague.</summary>
public sealed class SaveAnswersApiTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Saved_answers_come_back_on_the_next_read_with_their_version_and_the_response_is_in_progress()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);

        var versions = await SavedAsync(api, world.OwnResponse, Answer("team", "ja", comment: "Sinds 2022"), Answer("fte", 12.5),
            Answer("partners", new[] { "school", "huisarts" }));

        using var get = await GetAsync(api, world.OwnResponse);
        var body = await JsonAsync(get);
        Assert.Equal("InProgress", body.GetProperty("status").GetString());
        Assert.Equal("bezig", body.GetProperty("statusLabel").GetString());
        var team = (await AnswerAsync(api, world.OwnResponse, "team"))!.Value;
        Assert.Equal("ja", team.GetProperty("value").GetString());
        Assert.Equal("Sinds 2022", team.GetProperty("comment").GetString());
        Assert.Equal(versions["team"], team.GetProperty("version").GetUInt32());
        Assert.Equal("api", team.GetProperty("channel").GetString());
        Assert.Equal(world.Respondent.DisplayName, team.GetProperty("changedBy").GetString());
        Assert.Equal(12.5, (await AnswerAsync(api, world.OwnResponse, "fte"))!.Value.GetProperty("value").GetDouble());
        Assert.Equal(["school", "huisarts"], (await AnswerAsync(api, world.OwnResponse, "partners"))!.Value.GetProperty("value")
            .EnumerateArray().Select(v => v.GetString()));
        Assert.True(body.GetProperty("form").GetProperty("sections").GetArrayLength() == 2, "the form comes with the response");
    }

    [Fact]
    public async Task A_save_against_an_older_version_is_a_conflict_showing_the_colleagues_answer_and_saves_nothing()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var me = await ApiClient.SignInAsync(app, world.Respondent);
        using var colleague = await ApiClient.SignInAsync(app, world.Colleague);
        var seen = (await SavedAsync(me, world.OwnResponse, Answer("team", "ja")))["team"];
        var theirs = (await SavedAsync(colleague, world.OwnResponse, Answer("team", "nee", seen)))["team"];

        using var save = await SaveAsync(me, world.OwnResponse, Answer("team", "deels", seen), Answer("fte", 3));

        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
        var conflict = Assert.Single((await JsonAsync(save)).GetProperty("conflicts").EnumerateArray());
        Assert.Equal("team", conflict.GetProperty("key").GetString());
        Assert.Equal("nee", conflict.GetProperty("currentValue").GetString());
        Assert.Equal(theirs, conflict.GetProperty("currentVersion").GetUInt32());
        Assert.Equal(world.Colleague.DisplayName, conflict.GetProperty("changedBy").GetString());
        Assert.Equal("nee", (await AnswerAsync(me, world.OwnResponse, "team"))!.Value.GetProperty("value").GetString());
        Assert.Null(await AnswerAsync(me, world.OwnResponse, "fte")); // all or nothing

        var resolved = await SavedAsync(me, world.OwnResponse, Answer("team", "deels", theirs));
        Assert.NotEqual(theirs, resolved["team"]);
    }

    [Fact]
    public async Task Two_first_answers_to_the_same_question_do_not_overwrite_each_other()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var me = await ApiClient.SignInAsync(app, world.Respondent);
        using var colleague = await ApiClient.SignInAsync(app, world.Colleague);
        await SavedAsync(colleague, world.OwnResponse, Answer("fte", 8));

        using var save = await SaveAsync(me, world.OwnResponse, Answer("fte", 9));

        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
        Assert.Equal(8, (await AnswerAsync(me, world.OwnResponse, "fte"))!.Value.GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Sending_the_same_answer_again_after_a_lost_reply_succeeds_without_a_second_change()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        var first = await SavedAsync(api, world.OwnResponse, Answer("fte", 4));

        var again = await SavedAsync(api, world.OwnResponse, Answer("fte", 4)); // the client never saw version first["fte"]

        Assert.Equal(first["fte"], again["fte"]);
        await using var db = app.CreateDb();
        Assert.Equal(1, await db.AnswerChanges.CountAsync(c => c.ResponseId == world.OwnResponse && c.Key == "fte"));
    }

    [Fact]
    public async Task Every_change_is_in_the_history_with_old_and_new_value_who_and_channel()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        var v1 = await SavedAsync(api, world.OwnResponse, Answer("team", "ja"));
        await SavedAsync(api, world.OwnResponse, Answer("team", "nee", v1["team"]));

        using var history = await api.GetAsync($"/api/responses/{world.OwnResponse}/history?key=team");

        var entries = (await JsonAsync(history)).EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(("ja", "nee"), (entries[0].GetProperty("oldValue").GetString(), entries[0].GetProperty("newValue").GetString()));
        Assert.Equal(JsonNull, entries[1].GetProperty("oldValue").ValueKind);
        Assert.All(entries, e => Assert.Equal(world.Respondent.DisplayName, e.GetProperty("changedBy").GetString()));
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_changed_or_deleted_even_by_the_database_user()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        await SavedAsync(api, world.OwnResponse, Answer("team", "ja"));
        await using var db = app.CreateDb();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync($"UPDATE answer_changes SET new_value = 'nee' WHERE response_id = {world.OwnResponse}"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync($"DELETE FROM answer_changes WHERE response_id = {world.OwnResponse}"));
        Assert.Equal("ja", await db.AnswerChanges.Where(c => c.ResponseId == world.OwnResponse).Select(c => c.NewValue).SingleAsync());
    }

    [Fact]
    public async Task Bad_answers_are_refused_with_a_problem_per_key_and_nothing_is_saved()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);

        using var save = await SaveAsync(api, world.OwnResponse, Answer("team", "misschien"), Answer("fte", "veel"),
            Answer("bestaat_niet", 1), Answer("reden", "x", comment: "geen toelichting toegestaan"), Answer("partners", new[] { "huisarts" }));

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        var errors = (await JsonAsync(save)).GetProperty("errors");
        Assert.Contains("'misschien' is geen antwoordoptie", errors.GetProperty("team")[0].GetString());
        Assert.Contains("moet een getal", errors.GetProperty("fte")[0].GetString());
        Assert.Contains("bestaat niet", errors.GetProperty("bestaat_niet")[0].GetString());
        Assert.Contains("geen toelichting", errors.GetProperty("reden")[0].GetString());
        Assert.Null(await AnswerAsync(api, world.OwnResponse, "partners"));
    }

    [Fact]
    public async Task A_comment_on_a_question_without_toelichting_is_refused()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);

        using var save = await SaveAsync(api, world.OwnResponse, Answer("fte", 3, comment: "mag niet"));

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Contains("geen toelichting", (await JsonAsync(save)).GetProperty("errors").GetProperty("fte")[0].GetString());
    }

    static readonly System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
