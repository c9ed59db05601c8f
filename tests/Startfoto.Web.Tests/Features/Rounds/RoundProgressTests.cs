using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Rounds;

/// <summary>GET /api/rounds/{id}/progress: statuses, percentages from the stored answers, sections; nobody else sees a thing.</summary>
public sealed class RoundProgressTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task The_adviseur_sees_per_gemeente_the_status_the_confirmed_share_answered_and_who_works_on_which_section()
    {
        var world = await World.CreateAsync(app);
        var key = await RoundSetup.RegisterAsync(app);
        var (adviseur, round) = await RoundSetup.OpenAsync(world, key);
        var at = new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero);
        await using (var db = app.CreateDb())
        {
            var response = await db.Responses.SingleAsync(r => r.RoundId == round && r.GemeenteCode == world.OwnGemeente);
            response.Status = ResponseStatus.InProgress;
            // a and c confirmed, b taken over but not confirmed: 2 of 4 required count.
            var by = world.OwnContact.Id;
            db.Answers.AddRange(Answer(response.Id, "a", "3", false, at, by), Answer(response.Id, "b", "4", true, at, by),
                Answer(response.Id, "c", "5", false, at.AddHours(1), by));
            db.AnswerChanges.AddRange(Change(response.Id, "a", at, by), Change(response.Id, "c", at.AddHours(1), by));
            db.SectionAssignments.Add(new SectionAssignment { ResponseId = response.Id, SectionKey = "s2", UserId = world.OwnContact.Id, AssignedBy = world.OwnContact.Id, AssignedAt = at });
            await db.SaveChangesAsync();
        }
        using var api = await ApiClient.SignInAsync(app, adviseur);

        var view = await api.GetFromJsonAsync<JsonElement>($"/api/rounds/{round}/progress");

        var rows = view.GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("gemeenteCode").GetString()!);
        var own = rows[world.OwnGemeente];
        Assert.Equal(("InProgress", "bezig", 2, 4, 50), (own.GetProperty("status").GetString(), own.GetProperty("statusLabel").GetString(),
            own.GetProperty("answered").GetInt32(), own.GetProperty("required").GetInt32(), own.GetProperty("percentage").GetInt32()));
        var sections = own.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, sections[0].GetProperty("assignedTo").ValueKind);
        Assert.Equal(at, sections[0].GetProperty("lastActivity").GetProperty("at").GetDateTimeOffset());
        Assert.Equal(world.OwnContact.DisplayName, sections[1].GetProperty("assignedTo").GetString());
        Assert.Equal(world.OwnContact.DisplayName, sections[1].GetProperty("lastActivity").GetProperty("by").GetString());
        Assert.Equal(at.AddHours(1), own.GetProperty("lastActivity").GetProperty("at").GetDateTimeOffset());
        Assert.Equal(world.OwnContact.Email, Assert.Single(own.GetProperty("contacts").EnumerateArray()).GetProperty("email").GetString());
        Assert.True(own.GetProperty("mayReview").GetBoolean());

        var neighbour = rows[world.NeighbourGemeente];
        Assert.Equal(("niet gestart", 0), (neighbour.GetProperty("statusLabel").GetString(), neighbour.GetProperty("percentage").GetInt32()));
        Assert.Equal(JsonValueKind.Null, neighbour.GetProperty("lastActivity").ValueKind);
    }

    [Theory]
    [InlineData("foreign-adviseur", HttpStatusCode.NotFound)]
    [InlineData(Role.Gemeente, HttpStatusCode.NotFound)]
    [InlineData(Role.Landelijk, HttpStatusCode.NotFound)]
    [InlineData(Role.Beheerder, HttpStatusCode.OK)]
    [InlineData(Role.OZJ, HttpStatusCode.OK)]
    public async Task Only_the_regios_adviseurs_beheerder_and_OZJ_see_a_rounds_progress(string who, HttpStatusCode expected)
    {
        var world = await World.CreateAsync(app);
        var (_, round) = await RoundSetup.OpenAsync(world, await RoundSetup.RegisterAsync(app));
        var actor = await RoundSetup.ActorAsync(world, who);
        using var api = await ApiClient.SignInAsync(app, actor);

        using var response = await api.GetAsync($"/api/rounds/{round}/progress");

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected == HttpStatusCode.OK, body.Contains(world.OwnContact.Email, StringComparison.Ordinal));
        Assert.Equal(expected == HttpStatusCode.OK, body.Contains(world.NeighbourGemeente, StringComparison.Ordinal));
        if (expected == HttpStatusCode.OK)
            Assert.All((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("responses").EnumerateArray(),
                r => Assert.False(r.GetProperty("mayReview").GetBoolean()));
    }

    [Fact]
    public async Task An_unknown_round_is_not_found()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));

        using var response = await api.GetAsync($"/api/rounds/{Guid.NewGuid()}/progress");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    static Answer Answer(Guid response, string key, string value, bool unconfirmed, DateTimeOffset at, Guid by) => new()
    {
        ResponseId = response, Key = key, Value = value, NeedsConfirmation = unconfirmed, PrefillSource = unconfirmed ? "Lijst 2023" : null,
        ChangedAt = at, ChangedBy = by, Channel = AnswerChannel.Form,
    };

    static AnswerChange Change(Guid response, string key, DateTimeOffset at, Guid by) => new()
    {
        ResponseId = response, Key = key, NewValue = "x", Channel = AnswerChannel.Form, ChangedBy = by, ChangedAt = at,
    };
}
