using System.Net;
using System.Net.Http.Headers;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.Excel.ExcelRoundTrip;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.FillingIn.Excel;

/// <summary>Every bad upload is refused with its code at its row, and the stored answers are the same afterwards.</summary>
public sealed class BadWorkbookApiTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData("over 5 MB", "XLR001", null)]
    [InlineData("an old .xls", "XLR002", null)]
    [InlineData("a csv renamed .xlsx", "XLR002", null)]
    [InlineData("a pdf", "XLR002", null)]
    [InlineData("a truncated zip", "XLR003", null)]
    [InlineData("a zip bomb", "XLR004", null)]
    [InlineData("another gemeente's file", "XLR008", 6)] // rows of the sheet "Over dit bestand"
    [InlineData("another round's file", "XLR009", 7)]
    [InlineData("an unknown key", "XLR014", Fte)]
    [InlineData("a value that is no option", "XLR018", Visie)]
    [InlineData("a number out of range", "XLR021", Fte)]
    [InlineData("a required answer erased", "XLR022", Team)]
    public async Task A_bad_file_is_refused_at_its_row_and_changes_nothing(string file, string code, int? row)
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        await AnswerSomeAsync(api, world.OwnResponse);
        var download = await DownloadAsync(api, world.OwnResponse);
        var (content, name) = await MakeAsync(file, world, download);
        var before = await AnswersAsync(api, world.OwnResponse);

        using var preview = await PreviewAsync(api, world.OwnResponse, content, name);
        // Apply checks the file again: a token of a good preview does not carry a bad file through.
        var token = (await PreviewedAsync(api, world.OwnResponse, download)).GetProperty("token").GetString();
        using var apply = await ApplyAsync(api, world.OwnResponse, content, token, name);

        Assert.Contains((code, row), await ProblemsAsync(preview));
        Assert.Equal(HttpStatusCode.BadRequest, apply.StatusCode);
        Assert.Equal(before, await AnswersAsync(api, world.OwnResponse));
    }

    [Fact]
    public async Task Problems_are_keyed_by_row_and_column_in_dutch()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        var file = CellEdit.Apply(await DownloadAsync(api, world.OwnResponse), e => e.Text($"F{Visie}", "Misschien").Number($"F{Fte}", 900));

        using var preview = await PreviewAsync(api, world.OwnResponse, file);

        var errors = (await JsonAsync(preview)).GetProperty("errors");
        Assert.Contains("'Misschien' is geen antwoordoptie", errors.GetProperty($"rij {Visie}, kolom Antwoord")[0].GetString());
        Assert.Contains("'900' kan hier niet", errors.GetProperty($"rij {Fte}, kolom Antwoord")[0].GetString());
    }

    [Fact]
    public async Task A_request_without_a_file_is_refused_in_dutch()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);

        using var preview = await api.PostAsync($"/api/responses/{world.OwnResponse}/excel/preview", new MultipartFormDataContent { { new StringContent("x"), "iets" } });

        Assert.Equal([("XLU001", null)], await ProblemsAsync(preview));
    }

    [Fact]
    public async Task A_request_far_over_the_limit_is_refused_unread_with_413()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);
        var content = new ByteArrayContent(new byte[8 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using var preview = await api.PostAsync($"/api/responses/{world.OwnResponse}/excel/preview", new MultipartFormDataContent { { content, "file", "groot.xlsx" } });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, preview.StatusCode);
        var body = await JsonAsync(preview);
        Assert.Equal("XLU002", body.GetProperty("code").GetString());
        Assert.Contains("groter dan 5 MB", body.GetProperty("detail").GetString());
    }

    async Task<(byte[] Content, string Name)> MakeAsync(string file, FillingInWorld world, byte[] download)
    {
        string xlsx = "vragenlijst.xlsx";
        return file switch
        {
            "over 5 MB" => (BadWorkbooks.OverFiveMegabytes(download), xlsx),
            "an old .xls" => (BadWorkbooks.LegacyXls(), "vragenlijst.xls"),
            "a csv renamed .xlsx" => (BadWorkbooks.Csv(), xlsx),
            "a pdf" => (BadWorkbooks.Pdf(), xlsx),
            "a truncated zip" => (BadWorkbooks.Truncated(download), xlsx),
            "a zip bomb" => (BadWorkbooks.ZipBomb(download), xlsx),
            "another gemeente's file" => (await NeighbourFileAsync(world), xlsx),
            "another round's file" => (await OtherRoundFileAsync(world), xlsx),
            "an unknown key" => (CellEdit.Apply(download, e => e.Text($"A{Fte}", "bestaat_niet")), xlsx),
            "a value that is no option" => (CellEdit.Apply(download, e => e.Text($"F{Visie}", "Misschien")), xlsx),
            "a number out of range" => (CellEdit.Apply(download, e => e.Number($"F{Fte}", 900)), xlsx),
            "a required answer erased" => (CellEdit.Apply(download, e => e.Clear($"F{Team}")), xlsx),
            _ => throw new ArgumentOutOfRangeException(nameof(file), file, null),
        };
    }

    /// <summary>The regioadviseur may read both gemeenten's: theirs is the file a respondent might mix up.</summary>
    async Task<byte[]> NeighbourFileAsync(FillingInWorld world)
    {
        using var adviseur = await ApiClient.SignInAsync(app, world.Adviseur);
        return await DownloadAsync(adviseur, world.NeighbourResponse);
    }

    async Task<byte[]> OtherRoundFileAsync(FillingInWorld world)
    {
        var gemeente = world.Own.Gemeenten[0];
        var other = await FillingInWorld.AddRoundAsync(app, world.Key, world.Own.Code, world.Adviseur.Id, [gemeente]);
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Gemeente, gemeente));
        return await DownloadAsync(api, other[gemeente]);
    }
}
