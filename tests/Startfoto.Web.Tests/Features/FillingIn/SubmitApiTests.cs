using System.Net;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Responses;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.FillingIn;

/// <summary>POST /api/responses/{id}/submit: only complete responses, kept as a snapshot, read-only afterwards.</summary>
public sealed class SubmitApiTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task An_incomplete_response_is_refused_with_every_missing_question_under_its_key()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        await SavedAsync(api, world.OwnResponse, Answer("team", "nee"));

        using var submit = await SubmitAsync(api, world.OwnResponse);

        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        var errors = (await JsonAsync(submit)).GetProperty("errors");
        Assert.Equal("'Waarom niet?' is verplicht en nog niet beantwoord.", errors.GetProperty("reden")[0].GetString());
        Assert.True(errors.TryGetProperty("reg.visie", out _));
        Assert.False(errors.TryGetProperty("fte", out _), "fte is optional");
        using var get = await GetAsync(api, world.OwnResponse);
        Assert.Equal("InProgress", (await JsonAsync(get)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_answer_out_of_range_blocks_submit_but_is_kept_as_typed()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        await SavedAsync(api, world.OwnResponse, Answer("team", "ja"), Answer("reg.visie", "geen"), Answer("fte", 900));

        using var submit = await SubmitAsync(api, world.OwnResponse);

        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.Contains("fte", (await JsonAsync(submit)).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(900, (await AnswerAsync(api, world.OwnResponse, "fte"))!.Value.GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task A_hidden_answer_is_kept_but_does_not_count_and_a_complete_response_is_submitted_as_a_snapshot()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        var v = await SavedAsync(api, world.OwnResponse, Answer("team", "nee"), Answer("reden", "Nog in opbouw"), Answer("reg.visie", "concept"));
        await SavedAsync(api, world.OwnResponse, Answer("team", "ja", v["team"]));

        using var submit = await SubmitAsync(api, world.OwnResponse);

        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Equal("ingediend", (await JsonAsync(submit)).GetProperty("statusLabel").GetString());
        Assert.Equal("Nog in opbouw", (await AnswerAsync(api, world.OwnResponse, "reden"))!.Value.GetProperty("value").GetString());
        await using var db = app.CreateDb();
        var snapshot = await db.ResponseSnapshots.SingleAsync(s => s.ResponseId == world.OwnResponse);
        Assert.Equal(1, snapshot.Number);
        Assert.Contains("\"team\"", snapshot.Answers);
        Assert.Equal(ResponseStatus.Submitted, await db.ResponseEvents.Where(e => e.ResponseId == world.OwnResponse).Select(e => e.Status).SingleAsync());
    }

    [Fact]
    public async Task After_submit_the_response_is_read_only_for_the_respondent()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        var v = await SavedAsync(api, world.OwnResponse, Answer("team", "ja"), Answer("reg.visie", "geen"));
        using (var submitted = await SubmitAsync(api, world.OwnResponse)) Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        using var save = await SaveAsync(api, world.OwnResponse, Answer("team", "nee", v["team"]));
        using var again = await SubmitAsync(api, world.OwnResponse);

        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
        Assert.Contains("ingediend", (await JsonAsync(save)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("ja", (await AnswerAsync(api, world.OwnResponse, "team"))!.Value.GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_round_that_has_closed_takes_no_more_answers()
    {
        var world = await FillingInWorld.CreateAsync(app);
        await using (var db = app.CreateDb())
            await db.ScanRounds.Where(r => r.Responses.Any(x => x.Id == world.OwnResponse))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosesOn, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)));
        using var api = await ApiClient.SignInAsync(app, world.Respondent);

        using var save = await SaveAsync(api, world.OwnResponse, Answer("team", "ja"));

        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
        Assert.Contains("gesloten", (await JsonAsync(save)).GetProperty("detail").GetString());
    }
}
