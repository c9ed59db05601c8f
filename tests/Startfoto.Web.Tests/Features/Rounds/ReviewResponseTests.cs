using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Responses;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Rounds;

/// <summary>POST /api/responses/{id}/approve and /reopen: lifecycle rules, history, and who may.</summary>
public sealed class ReviewResponseTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task The_adviseur_approves_a_submitted_response_and_the_history_records_it()
    {
        var (world, adviseur, response) = await SubmittedAsync();
        using var api = await ApiClient.SignInAsync(app, adviseur);

        using var result = await api.PostAsync($"/api/responses/{response}/approve", null);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("goedgekeurd", (await result.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusLabel").GetString());
        await using var db = app.CreateDb();
        var stored = await db.Responses.SingleAsync(r => r.Id == response);
        Assert.Equal((ResponseStatus.Approved, adviseur.Id), (stored.Status, stored.ApprovedBy));
        Assert.NotNull(stored.ApprovedAt);
        var history = Assert.Single(await db.ResponseEvents.Where(e => e.ResponseId == response).ToListAsync());
        Assert.Equal((ResponseStatus.Approved, adviseur.Id, (string?)null), (history.Status, history.By, history.Reason));
    }

    [Fact]
    public async Task The_adviseur_reopens_an_approved_response_with_a_reason_the_gemeente_sees()
    {
        var (world, adviseur, response) = await SubmittedAsync();
        using var api = await ApiClient.SignInAsync(app, adviseur);
        (await api.PostAsync($"/api/responses/{response}/approve", null)).Dispose();

        using var result = await api.PostAsJsonAsync($"/api/responses/{response}/reopen", new { reason = "  Vraag C klopt niet met de cijfers.  " });

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        await using var db = app.CreateDb();
        var stored = await db.Responses.SingleAsync(r => r.Id == response);
        Assert.Equal((ResponseStatus.Reopened, "Vraag C klopt niet met de cijfers."), (stored.Status, stored.ReopenReason));
        Assert.Null(stored.ApprovedAt);
        var history = await db.ResponseEvents.Where(e => e.ResponseId == response).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([ResponseStatus.Approved, ResponseStatus.Reopened], history.Select(e => e.Status));
        Assert.Equal("Vraag C klopt niet met de cijfers.", history[1].Reason);
    }

    [Fact]
    public async Task Reopening_without_a_reason_is_a_problem_naming_the_reason()
    {
        var (_, adviseur, response) = await SubmittedAsync();
        using var api = await ApiClient.SignInAsync(app, adviseur);

        using var result = await api.PostAsJsonAsync($"/api/responses/{response}/reopen", new { reason = " " });

        Assert.Equal("Geef een reden op: de gemeente ziet die bij de heropende vragenlijst.",
            (await RoundSetup.ErrorsAsync(result)).GetProperty("reason")[0].GetString());
        await using var db = app.CreateDb();
        Assert.Equal(ResponseStatus.Submitted, (await db.Responses.SingleAsync(r => r.Id == response)).Status);
        Assert.False(await db.ResponseEvents.AnyAsync(e => e.ResponseId == response));
    }

    [Fact]
    public async Task A_response_that_is_not_submitted_cannot_be_approved()
    {
        var world = await World.CreateAsync(app);
        var (adviseur, round) = await RoundSetup.OpenAsync(world, await RoundSetup.RegisterAsync(app));
        Guid response;
        await using (var db = app.CreateDb())
            response = await db.Responses.Where(r => r.RoundId == round).Select(r => r.Id).FirstAsync();
        using var api = await ApiClient.SignInAsync(app, adviseur);

        using var result = await api.PostAsync($"/api/responses/{response}/approve", null);

        Assert.Equal("Alleen een ingediende vragenlijst kan worden goedgekeurd; deze is niet gestart.",
            (await RoundSetup.ErrorsAsync(result)).GetProperty("status")[0].GetString());
    }

    [Theory]
    [InlineData("foreign-adviseur", HttpStatusCode.NotFound)]
    [InlineData("unknown-id", HttpStatusCode.NotFound)]
    [InlineData(Role.Landelijk, HttpStatusCode.NotFound)]
    [InlineData(Role.Gemeente, HttpStatusCode.Forbidden)]
    [InlineData(Role.OZJ, HttpStatusCode.Forbidden)]
    [InlineData(Role.Beheerder, HttpStatusCode.Forbidden)]
    public async Task Only_an_adviseur_of_the_regio_may_approve_or_reopen(string who, HttpStatusCode expected)
    {
        var (world, adviseur, response) = await SubmittedAsync();
        var actor = who == "unknown-id" ? adviseur : await RoundSetup.ActorAsync(world, who);
        var id = who == "unknown-id" ? Guid.NewGuid() : response;
        using var api = await ApiClient.SignInAsync(app, actor);

        using var approve = await api.PostAsync($"/api/responses/{id}/approve", null);
        using var reopen = await api.PostAsJsonAsync($"/api/responses/{id}/reopen", new { reason = "Graag aanvullen." });

        Assert.Equal((expected, expected), (approve.StatusCode, reopen.StatusCode));
        await using var db = app.CreateDb();
        Assert.Equal(ResponseStatus.Submitted, (await db.Responses.SingleAsync(r => r.Id == response)).Status);
    }

    /// <summary>A round in the World's own regio whose own gemeente's response is submitted.</summary>
    async Task<(World, TestUser Adviseur, Guid Response)> SubmittedAsync()
    {
        var world = await World.CreateAsync(app);
        var (adviseur, round) = await RoundSetup.OpenAsync(world, await RoundSetup.RegisterAsync(app));
        await using var db = app.CreateDb();
        var response = await db.Responses.SingleAsync(r => r.RoundId == round && r.GemeenteCode == world.OwnGemeente);
        response.Status = ResponseStatus.Submitted;
        response.SubmittedAt = DateTimeOffset.UtcNow;
        response.SubmittedBy = world.OwnContact.Id;
        await db.SaveChangesAsync();
        return (world, adviseur, response.Id);
    }
}
