using System.Net;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.Excel.ExcelRoundTrip;

namespace Startfoto.Web.Tests.Features.FillingIn.Excel;

/// <summary>Whoever may read a response downloads it; only its gemeente uploads; anyone else learns nothing of it.</summary>
public sealed class ExcelAuthorizationTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData(Role.Gemeente, "own", HttpStatusCode.OK)]
    [InlineData(Role.Gemeente, "neighbour", HttpStatusCode.NotFound)]
    [InlineData(Role.Gemeente, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Regioadviseur, "own", HttpStatusCode.OK)]
    [InlineData(Role.Regioadviseur, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Beheerder, "foreign", HttpStatusCode.OK)]
    [InlineData(Role.OZJ, "own", HttpStatusCode.OK)]
    [InlineData(Role.Landelijk, "own", HttpStatusCode.NotFound)]
    public async Task Downloading(string role, string which, HttpStatusCode expected)
    {
        var (_, api, id, _) = await SetUpAsync(role, which);

        using var get = await api.GetAsync($"/api/responses/{id}/excel");

        Assert.Equal(expected, get.StatusCode);
        api.Dispose();
    }

    [Theory]
    [InlineData(Role.Gemeente, "neighbour", HttpStatusCode.NotFound)]
    [InlineData(Role.Gemeente, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Regioadviseur, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Regioadviseur, "foreign", HttpStatusCode.NotFound)]
    [InlineData(Role.Beheerder, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.OZJ, "own", HttpStatusCode.Forbidden)]
    [InlineData(Role.Landelijk, "own", HttpStatusCode.NotFound)]
    public async Task Previewing_and_applying_someone_elses_response(string role, string which, HttpStatusCode expected)
    {
        var (world, api, id, file) = await SetUpAsync(role, which);
        using var owner = await ApiClient.SignInAsync(app, world.Respondent);
        var token = (await PreviewedAsync(owner, world.OwnResponse, file)).GetProperty("token").GetString();
        var before = await AnswersAsync(owner, world.OwnResponse);

        using var preview = await PreviewAsync(api, id, file);
        using var apply = await ApplyAsync(api, id, file, token);

        Assert.Equal((expected, expected), (preview.StatusCode, apply.StatusCode));
        Assert.Equal(before, await AnswersAsync(owner, world.OwnResponse));
        api.Dispose();
    }

    [Fact]
    public async Task Without_signing_in_nothing_is_shown()
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var api = ApiClient.Anonymous(app);

        using var get = await api.GetAsync($"/api/responses/{world.OwnResponse}/excel");

        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
    }

    /// <summary>The actor's client, the response id, and an edited download of the own gemeente's response.</summary>
    async Task<(FillingInWorld, HttpClient, Guid, byte[])> SetUpAsync(string role, string which)
    {
        var world = await FillingInWorld.CreateAsync(app);
        using var owner = await ApiClient.SignInAsync(app, world.Respondent);
        var file = CellEdit.Apply(await DownloadAsync(owner, world.OwnResponse), e => e.Number($"F{Fte}", 7));
        var user = role switch
        {
            Role.Gemeente => world.Respondent,
            Role.Regioadviseur => world.Adviseur,
            _ => await app.NewUserAsync(role),
        };
        var id = which switch
        {
            "own" => world.OwnResponse,
            "neighbour" => world.NeighbourResponse,
            _ => world.ForeignResponse,
        };
        return (world, await ApiClient.SignInAsync(app, user), id, file);
    }
}
