using System.Net;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.Excel.ExcelRoundTrip;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.FillingIn.Excel;

/// <summary>Download, edit in "Excel", preview, apply: the changes land as the form's would, audited with channel excel.</summary>
public sealed class ExcelRoundTripApiTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task An_edited_download_previews_exactly_its_edits_and_applies_them_with_channel_excel()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        await AnswerSomeAsync(api, world.OwnResponse);
        var file = CellEdit.Apply(await DownloadAsync(api, world.OwnResponse), e => e
            .Text($"F{Team}", "Deels").Text($"G{Team}", "Alleen in het noorden")
            .Number($"F{Fte}", 20)
            .Text($"F{Partners}", "Huisartsen; Scholen"));

        var preview = await PreviewedAsync(api, world.OwnResponse, file);

        var changes = preview.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["team", "fte", "partners"], changes.Select(c => c.GetProperty("key").GetString()));
        Assert.Equal([Team, Fte, Partners], changes.Select(c => c.GetProperty("row").GetInt32()));
        Assert.Equal(("Ja", "Deels"), (changes[0].GetProperty("old").GetString(), changes[0].GetProperty("new").GetString()));
        Assert.Equal(("Sinds 2022", "Alleen in het noorden"), (changes[0].GetProperty("oldComment").GetString(), changes[0].GetProperty("newComment").GetString()));
        Assert.Equal(("12,5", "20"), (changes[1].GetProperty("old").GetString(), changes[1].GetProperty("new").GetString()));
        Assert.Equal("Hoeveel fte?", changes[1].GetProperty("label").GetString());
        Assert.Equal(("", "Huisartsen; Scholen"), (changes[2].GetProperty("old").GetString(), changes[2].GetProperty("new").GetString()));
        Assert.Equal(2, preview.GetProperty("unchanged").GetInt32()); // reden stays empty, regiovisie stays concept
        Assert.Equal("ja", (await AnswerAsync(api, world.OwnResponse, "team"))!.Value.GetProperty("value").GetString()); // nothing saved yet

        using var apply = await ApplyAsync(api, world.OwnResponse, file, preview.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.OK, apply.StatusCode);
        Assert.Equal(3, (await JsonAsync(apply)).GetProperty("applied").GetInt32());
        var team = (await AnswerAsync(api, world.OwnResponse, "team"))!.Value;
        Assert.Equal(("deels", "Alleen in het noorden", "excel"),
            (team.GetProperty("value").GetString(), team.GetProperty("comment").GetString(), team.GetProperty("channel").GetString()));
        Assert.Equal(20, (await AnswerAsync(api, world.OwnResponse, "fte"))!.Value.GetProperty("value").GetDouble());
        Assert.Equal(["huisarts", "school"], (await AnswerAsync(api, world.OwnResponse, "partners"))!.Value.GetProperty("value")
            .EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("api", (await AnswerAsync(api, world.OwnResponse, "reg.visie"))!.Value.GetProperty("channel").GetString());

        using var history = await api.GetAsync($"/api/responses/{world.OwnResponse}/history?key=fte");
        var latest = (await JsonAsync(history)).EnumerateArray().First();
        Assert.Equal(("12.5", "20"), (latest.GetProperty("oldValue").GetString(), latest.GetProperty("newValue").GetString()));
        Assert.Equal(world.Respondent.DisplayName, latest.GetProperty("changedBy").GetString());
        Assert.Equal("Excel", latest.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task The_download_is_named_after_the_questionnaire_and_gemeente_and_holds_the_current_answers()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        await AnswerSomeAsync(api, world.OwnResponse);

        using var get = await api.GetAsync($"/api/responses/{world.OwnResponse}/excel");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", get.Content.Headers.ContentType!.MediaType);
        var gemeente = world.Own.Gemeenten[0];
        Assert.Equal($"{world.Key.Replace('_', '-')}-{gemeente}-testgemeente-{gemeente.ToLowerInvariant()}.xlsx", get.Content.Headers.ContentDisposition!.FileName);
        var unedited = await PreviewedAsync(api, world.OwnResponse, await get.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, unedited.GetProperty("changes").GetArrayLength());
        Assert.Equal(5, unedited.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task A_signed_in_browser_downloads_with_its_cookie()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(world.Respondent);

        using var get = await browser.GetAsync($"/api/responses/{world.OwnResponse}/excel");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("xlsx", get.Content.Headers.ContentDisposition!.FileName![^4..]);
    }

    [Fact]
    public async Task A_colleagues_change_between_preview_and_apply_is_a_conflict_and_nothing_is_applied()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var me = await ApiClient.SignInAsync(app, world.Respondent);
        using var colleague = await ApiClient.SignInAsync(app, world.Colleague);
        var versions = await AnswerSomeAsync(me, world.OwnResponse);
        var file = CellEdit.Apply(await DownloadAsync(me, world.OwnResponse), e => e.Text($"F{Team}", "Nee").Text($"F{Reden}", "Geen budget").Number($"F{Fte}", 3));
        var preview = await PreviewedAsync(me, world.OwnResponse, file);
        await SavedAsync(colleague, world.OwnResponse, Answer("fte", 30, versions["fte"]));

        using var apply = await ApplyAsync(me, world.OwnResponse, file, preview.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.Conflict, apply.StatusCode);
        var conflict = Assert.Single((await JsonAsync(apply)).GetProperty("conflicts").EnumerateArray());
        Assert.Equal(("fte", "Hoeveel fte?", "30", world.Colleague.DisplayName), (conflict.GetProperty("key").GetString(),
            conflict.GetProperty("label").GetString(), conflict.GetProperty("current").GetString(), conflict.GetProperty("changedBy").GetString()));
        Assert.Equal("ja", (await AnswerAsync(me, world.OwnResponse, "team"))!.Value.GetProperty("value").GetString());
        Assert.Null(await AnswerAsync(me, world.OwnResponse, "reden"));
        Assert.Equal(30, (await AnswerAsync(me, world.OwnResponse, "fte"))!.Value.GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task An_answer_the_file_leaves_as_it_was_stays_the_colleagues_when_they_changed_it_after_the_preview()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var me = await ApiClient.SignInAsync(app, world.Respondent);
        using var colleague = await ApiClient.SignInAsync(app, world.Colleague);
        var versions = await AnswerSomeAsync(me, world.OwnResponse);
        var file = CellEdit.Apply(await DownloadAsync(me, world.OwnResponse), e => e.Text($"F{Team}", "Deels"));
        var preview = await PreviewedAsync(me, world.OwnResponse, file);
        await SavedAsync(colleague, world.OwnResponse, Answer("fte", 30, versions["fte"]));

        using var apply = await ApplyAsync(me, world.OwnResponse, file, preview.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.OK, apply.StatusCode);
        Assert.Equal(1, (await JsonAsync(apply)).GetProperty("applied").GetInt32());
        Assert.Equal("deels", (await AnswerAsync(me, world.OwnResponse, "team"))!.Value.GetProperty("value").GetString());
        Assert.Equal(30, (await AnswerAsync(me, world.OwnResponse, "fte"))!.Value.GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Apply_takes_only_the_file_that_was_previewed_and_a_genuine_token()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        await AnswerSomeAsync(api, world.OwnResponse);
        var download = await DownloadAsync(api, world.OwnResponse);
        var previewed = CellEdit.Apply(download, e => e.Number($"F{Fte}", 20));
        var token = (await PreviewedAsync(api, world.OwnResponse, previewed)).GetProperty("token").GetString();
        var before = await AnswersAsync(api, world.OwnResponse);

        using var otherFile = await ApplyAsync(api, world.OwnResponse, CellEdit.Apply(download, e => e.Number($"F{Fte}", 400)), token);
        using var forged = await ApplyAsync(api, world.OwnResponse, previewed, token + "x");
        using var none = await ApplyAsync(api, world.OwnResponse, previewed, null);

        Assert.All([otherFile, forged, none], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal([("XLU003", null)], await ProblemsAsync(otherFile));
        Assert.Equal(before, await AnswersAsync(api, world.OwnResponse));
    }

    [Fact]
    public async Task A_submitted_response_takes_no_upload()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        await AnswerSomeAsync(api, world.OwnResponse);
        var file = CellEdit.Apply(await DownloadAsync(api, world.OwnResponse), e => e.Number($"F{Fte}", 20));
        using (var submit = await SubmitAsync(api, world.OwnResponse)) Assert.True(submit.IsSuccessStatusCode, await submit.Content.ReadAsStringAsync());

        using var preview = await PreviewAsync(api, world.OwnResponse, file);

        Assert.Equal(HttpStatusCode.Conflict, preview.StatusCode);
        Assert.Equal(12.5, (await AnswerAsync(api, world.OwnResponse, "fte"))!.Value.GetProperty("value").GetDouble());
    }
}
