using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Startfoto.Domain.Accounts;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Rounds;

/// <summary>
/// A test's own questionnaires (registered as a Beheerder would) and rounds opened through the API by an adviseur of the
/// World's own regio. The gemeente-level list has two sections of two required questions each.
/// </summary>
static class RoundSetup
{
    public static async Task<string> RegisterAsync(WebApp app, string level = "gemeente")
    {
        var key = Definitions.NewKey();
        var json = $$"""
            { "key": "{{key}}", "version": 1, "title": "Lijst {{key}}", "kind": "other", "level": "{{level}}",
              "sections": [
                { "key": "s1", "title": "Eerste", "questions": [
                  { "key": "a", "type": "number", "label": "A", "required": true },
                  { "key": "b", "type": "number", "label": "B", "required": true } ] },
                { "key": "s2", "title": "Tweede", "questions": [
                  { "key": "c", "type": "number", "label": "C", "required": true },
                  { "key": "d", "type": "number", "label": "D", "required": true } ] } ] }
            """;
        var registry = app.Factory.Services.GetRequiredService<QuestionnaireRegistry>();
        var result = await registry.RegisterAsync(Encoding.UTF8.GetBytes(json), key + ".json", DefinitionSource.Upload, null, default);
        Assert.True(result.Ok, string.Join("; ", result.Problems));
        return key;
    }

    public static object Input(string key, string regio, string[]? gemeenten = null) => new
    {
        questionnaireKey = key, questionnaireVersion = 1, year = WebApp.Year, jeugdregioCode = regio, gemeenten,
        opensOn = "2024-03-01", closesOn = "2024-05-01", reminderDays = new[] { 14, 7, 1 },
    };

    /// <summary>A round in the World's own regio, opened by a new adviseur of it; returns the adviseur and the round id.</summary>
    public static async Task<(TestUser Adviseur, Guid Round)> OpenAsync(World world, string key, string[]? gemeenten = null)
    {
        var adviseur = await world.NewActorAsync(Role.Regioadviseur);
        return (adviseur, await OpenAsync(world.App, adviseur, key, world.Own.Code, gemeenten));
    }

    public static async Task<Guid> OpenAsync(WebApp app, TestUser adviseur, string key, string regio, string[]? gemeenten = null)
    {
        using var api = await ApiClient.SignInAsync(app, adviseur);
        using var response = await api.PostAsJsonAsync("/api/rounds", Input(key, regio, gemeenten));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    /// <summary>A user of the role scoped to the World's own regio or gemeente, or "foreign-adviseur": an adviseur of the other regio.</summary>
    public static Task<TestUser> ActorAsync(World world, string who) => who == "foreign-adviseur"
        ? world.App.NewUserAsync(Role.Regioadviseur, null, world.Foreign.Code)
        : world.NewActorAsync(who);
}
