using System.Net;
using Startfoto.Domain.Responses;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.Conversation;

/// <summary>PUT /api/responses/{id}/answers with conversation fields: the regio's adviseur records them, nobody else.</summary>
public sealed class ConversationApiTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task The_adviseur_of_the_regio_records_the_conversation_while_the_response_is_submitted()
    {
        var world = await ConversationWorld.CreateAsync(app);
        await world.SetStatusAsync(ResponseStatus.Submitted);
        using var api = await ApiClient.SignInAsync(app, world.Adviseur);

        var versions = await SavedAsync(api, world.Response, Answer("gesprek.visie.oordeel", "2"),
            Answer("gesprek.visie.motivering", "De visie is nog niet door alle raden vastgesteld."), Answer("gesprek.datum", "2025-03-14"));

        Assert.Equal(3, versions.Count);
        Assert.Equal("2", (await AnswerAsync(api, world.Response, "gesprek.visie.oordeel"))!.Value.GetProperty("value").GetString());
        Assert.Equal(ResponseStatus.Submitted, await world.StatusAsync()); // the conversation does not reopen the self-scan
    }

    [Fact]
    public async Task A_gemeente_user_may_not_record_a_conversation_field_and_is_told_which()
    {
        var world = await ConversationWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Respondent);

        using var save = await SaveAsync(api, world.Response, Answer("reg.visie", "3"), Answer("gesprek.visie.oordeel", "4"));

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        var errors = (await JsonAsync(save)).GetProperty("errors");
        Assert.Contains("verdiepende gesprek", errors.GetProperty("gesprek.visie.oordeel")[0].GetString());
        Assert.Null(await AnswerAsync(api, world.Response, "reg.visie")); // all or nothing
    }

    [Fact]
    public async Task The_adviseur_may_not_answer_a_question_of_the_self_scan_and_is_told_which()
    {
        var world = await ConversationWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.Adviseur);

        using var save = await SaveAsync(api, world.Response, Answer("reg.visie", "3"));

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Contains("vraag voor de respondent", (await JsonAsync(save)).GetProperty("errors").GetProperty("reg.visie")[0].GetString());
    }

    [Fact]
    public async Task An_adviseur_of_another_regio_does_not_find_the_response()
    {
        var world = await ConversationWorld.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, world.ForeignAdviseur);

        using var save = await SaveAsync(api, world.Response, Answer("gesprek.visie.oordeel", "2"));

        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
    }
}
