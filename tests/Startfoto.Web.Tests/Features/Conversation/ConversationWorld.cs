using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Responses;
using Startfoto.Web.Tests.Features.FillingIn;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Conversation;

/// <summary>
/// The shipped Robuustheidsscan, registered under a key of the test's own, with an open round of one regio-level
/// response in a regio of the test's own: its regioadviseur, an adviseur of another regio, and a gemeente user of the regio.
/// </summary>
public sealed record ConversationWorld(WebApp App, string Key, TestRegio Regio, Guid Response, TestUser Adviseur,
    TestUser ForeignAdviseur, TestUser Respondent)
{
    public static async Task<ConversationWorld> CreateAsync(WebApp app)
    {
        var key = Definitions.NewKey();
        await FillingInWorld.RegisterAsync(app, ShippedRobuustheidsscan(key));
        var regio = await app.NewRegioAsync(2);
        var foreign = await app.NewRegioAsync(1);
        var adviseur = await app.NewUserAsync(Role.Regioadviseur, null, regio.Code);
        var round = await FillingInWorld.AddRoundAsync(app, key, regio.Code, adviseur.Id, [null]);
        return new ConversationWorld(app, key, regio, round[regio.Code], adviseur,
            await app.NewUserAsync(Role.Regioadviseur, null, foreign.Code), await app.NewUserAsync(Role.Gemeente, regio.Gemeenten[0]));
    }

    public static string ShippedRobuustheidsscan(string key)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        var json = File.ReadAllText(Path.Combine(dir!.FullName, "questionnaires", "robuustheidsscan.json"));
        return json.Replace("\"key\": \"robuustheidsscan\"", $"\"key\": \"{key}\"", StringComparison.Ordinal);
    }

    public async Task SetStatusAsync(ResponseStatus status)
    {
        await using var db = App.CreateDb();
        await db.Responses.Where(r => r.Id == Response).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, status));
    }

    public async Task<ResponseStatus> StatusAsync()
    {
        await using var db = App.CreateDb();
        return await db.Responses.Where(r => r.Id == Response).Select(r => r.Status).SingleAsync();
    }
}
