using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.FillingIn;

/// <summary>
/// An open round of a small registered vragenlijst in a regio of the test's own: a response for each of its two
/// gemeenten and one for a gemeente of a foreign regio, plus the users who may or may not touch them.
/// </summary>
public sealed record FillingInWorld(
    WebApp App, string Key, TestRegio Own, TestRegio Foreign, Guid OwnResponse, Guid NeighbourResponse, Guid ForeignResponse,
    TestUser Respondent, TestUser Colleague, TestUser Adviseur)
{
    public static string Definition(string key, int version = 1, string kind = "other", string level = "gemeente") => $$"""
        { "key": "{{key}}", "version": {{version}}, "title": "Invultest", "kind": "{{kind}}", "level": "{{level}}",
          "themes": [ { "key": "t", "title": "Thema" } ],
          "sections": [
            { "key": "basis", "title": "Basis", "questions": [
              { "key": "team", "type": "yesPartlyNo", "label": "Is er een lokaal team?", "required": true, "comment": true,
                "options": [ { "value": "ja", "label": "Ja", "score": 100 }, { "value": "deels", "label": "Deels", "score": 50 }, { "value": "nee", "label": "Nee", "score": 0 } ] },
              { "key": "reden", "type": "longText", "label": "Waarom niet?", "required": true, "visibleWhen": "${team} = 'nee'" },
              { "key": "fte", "type": "number", "label": "Hoeveel fte?", "min": 0, "max": 500, "decimals": 1 } ] },
            { "key": "regio", "title": "Regio", "questions": [
              { "key": "reg.visie", "type": "singleChoice", "label": "Is er een regiovisie?", "required": true,
                "options": [ { "value": "geen", "label": "Geen" }, { "value": "concept", "label": "Concept" }, { "value": "vastgesteld", "label": "Vastgesteld" } ] },
              { "key": "partners", "type": "multipleChoice", "label": "Met wie werkt u samen?",
                "options": [ { "value": "huisarts", "label": "Huisartsen" }, { "value": "school", "label": "Scholen" } ] } ] } ] }
        """;

    public static async Task<FillingInWorld> CreateAsync(WebApp app)
    {
        var key = Definitions.NewKey();
        await RegisterAsync(app, Definition(key));
        var own = await app.NewRegioAsync(2);
        var foreign = await app.NewRegioAsync(1);
        var adviseur = await app.NewUserAsync(Role.Regioadviseur, null, own.Code);
        var ownRound = await AddRoundAsync(app, key, own.Code, adviseur.Id, own.Gemeenten);
        var foreignRound = await AddRoundAsync(app, key, foreign.Code, adviseur.Id, foreign.Gemeenten);
        return new FillingInWorld(app, key, own, foreign, ownRound[own.Gemeenten[0]], ownRound[own.Gemeenten[1]],
            foreignRound[foreign.Gemeenten[0]], await app.NewUserAsync(Role.Gemeente, own.Gemeenten[0]),
            await app.NewUserAsync(Role.Gemeente, own.Gemeenten[0]), adviseur);
    }

    public static async Task RegisterAsync(WebApp app, string json)
    {
        var registry = app.Factory.Services.GetRequiredService<QuestionnaireRegistry>();
        var registered = await registry.RegisterAsync(Encoding.UTF8.GetBytes(json), "invultest.json", DefinitionSource.File, null, default);
        Assert.True(registered.Ok, string.Join("\n", registered.Problems));
    }

    /// <summary>A round open today, as the rounds feature would create it; null gemeenten = one regio-level response.</summary>
    public static async Task<Dictionary<string, Guid>> AddRoundAsync(WebApp app, string key, string regio, Guid by, IReadOnlyList<string?> gemeenten,
        int version = 1, int year = WebApp.Year)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var round = new ScanRound
        {
            Id = Guid.NewGuid(), Title = "Testronde", QuestionnaireKey = key, QuestionnaireVersion = version, Year = year,
            JeugdregioCode = regio, OpensOn = today.AddDays(-7), ClosesOn = today.AddDays(30), CreatedBy = by, CreatedAt = DateTimeOffset.UtcNow,
        };
        var ids = new Dictionary<string, Guid>();
        await using var db = app.CreateDb();
        db.ScanRounds.Add(round);
        foreach (var gemeente in gemeenten)
        {
            var id = Guid.NewGuid();
            ids[gemeente ?? regio] = id;
            db.Responses.Add(new Response
            {
                Id = id, RoundId = round.Id, Year = year, JeugdregioCode = regio, GemeenteCode = gemeente, QuestionnaireKey = key,
                QuestionnaireVersion = version, Status = ResponseStatus.NotStarted, CreatedAt = DateTimeOffset.UtcNow,
            });
        }
        await db.SaveChangesAsync();
        return ids;
    }
}
