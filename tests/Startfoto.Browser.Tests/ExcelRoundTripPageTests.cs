using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires.Registration;

namespace Startfoto.Browser.Tests;

/// <summary>
/// Leiden fills in its vragenlijst in Excel on /invullen/{id}/excel: download, edit, upload, review, apply; a bad file
/// is refused with its row and changes nothing. The round is made in the database, as no page creates one yet.
/// </summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class ExcelRoundTripPageTests(DemoPlatform platform)
{
    const string Key = "excel_browsertest";
    const string Team = "Is er een lokaal team?", Fte = "Hoeveel fte?";

    [Fact]
    public async Task Leiden_downloads_edits_uploads_reviews_and_applies_and_a_bad_file_changes_nothing()
    {
        var response = await AddLeidenResponseAsync();
        var page = await platform.Browser.NewPageAsync(platform.Address);
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).LogInAsync("gemeente.leiden@startfoto.local", DemoAccountsTests.Password);
        await page.WaitForURLAsync(url => !url.Contains("/account/inloggen", StringComparison.Ordinal));
        var excel = new ExcelRoundTripPage(page);
        await excel.OpenAsync(response);
        await Assertions.Expect(excel.Heading).ToHaveTextAsync("Invullen in Excel: Leiden");

        var download = await excel.DownloadAsync();
        await excel.UploadAsync("leiden.xlsx", ExcelCells.Type(download, ("F2", "Ja"), ("G2", "Via het wijkteam"), ("F3", 4.5)));

        await Assertions.Expect(excel.Changes.GetByRole(AriaRole.Row)).ToHaveCountAsync(3); // header and two changes
        await Assertions.Expect(excel.Change(Team)).ToContainTextAsync("Ja");
        await Assertions.Expect(excel.Change(Team)).ToContainTextAsync("wordt: Via het wijkteam");
        await Assertions.Expect(excel.Change(Fte)).ToContainTextAsync("4,5");
        await AccessibilityTests.AssertNoViolations(page, "voorbeeld van de wijzigingen: ");
        await excel.ApplyAsync();

        await Assertions.Expect(excel.Status).ToContainTextAsync("2 antwoorden bijgewerkt.");
        await Assertions.Expect(excel.BackToForm).ToHaveAttributeAsync("href", $"/invullen/{response}");
        Assert.Equal([("fte", "4.5"), ("team", "ja")], await StoredAsync(response));

        await excel.UploadAsync("leiden.xlsx", ExcelCells.Type(download, ("F3", 900d)));

        await Assertions.Expect(excel.Problems).ToContainTextAsync("Er is niets gewijzigd.");
        await Assertions.Expect(excel.Problems).ToContainTextAsync("rij 3, kolom Antwoord");
        await Assertions.Expect(excel.Changes).ToHaveCountAsync(0);
        await AccessibilityTests.AssertNoViolations(page, "meldingen bij een fout bestand: ");
        Assert.Equal([("fte", "4.5"), ("team", "ja")], await StoredAsync(response));
        await page.Context.CloseAsync();
    }

    async Task<Guid> AddLeidenResponseAsync()
    {
        var definition = $$"""
            { "key": "{{Key}}", "version": 1, "title": "Excel-test", "kind": "other", "level": "gemeente",
              "sections": [ { "key": "basis", "title": "Basis", "questions": [
                { "key": "team", "type": "yesPartlyNo", "label": "{{Team}}", "required": true, "comment": true,
                  "options": [ { "value": "ja", "label": "Ja" }, { "value": "deels", "label": "Deels" }, { "value": "nee", "label": "Nee" } ] },
                { "key": "fte", "type": "number", "label": "{{Fte}}", "min": 0, "max": 500, "decimals": 1 } ] } ] }
            """;
        var registered = await QuestionnaireRegistry.ForConnectionString(platform.ConnectionString)
            .RegisterAsync(Encoding.UTF8.GetBytes(definition), "excel-test.json", DefinitionSource.Upload, null, default);
        Assert.True(registered.Ok, string.Join("\n", registered.Problems.Select(p => p.ToLine())));

        await using var db = InfrastructureSetup.CreateDb(platform.ConnectionString);
        const int year = 2025;
        var regio = await db.Gemeenten.Where(g => g.Year == year && g.Code == "GM0546").Select(g => g.JeugdregioCode).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var round = new ScanRound
        {
            Id = Guid.NewGuid(), Title = "Excel-test 2025", QuestionnaireKey = Key, QuestionnaireVersion = 1, Year = year,
            JeugdregioCode = regio, OpensOn = today.AddDays(-1), ClosesOn = today.AddDays(30),
            CreatedBy = await db.Users.Select(u => u.Id).FirstAsync(), CreatedAt = DateTimeOffset.UtcNow,
        };
        var response = new Response
        {
            Id = Guid.NewGuid(), RoundId = round.Id, Year = year, JeugdregioCode = regio, GemeenteCode = "GM0546",
            QuestionnaireKey = Key, QuestionnaireVersion = 1, Status = ResponseStatus.NotStarted, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ScanRounds.Add(round);
        db.Responses.Add(response);
        await db.SaveChangesAsync();
        return response.Id;
    }

    async Task<List<(string, string?)>> StoredAsync(Guid response)
    {
        await using var db = InfrastructureSetup.CreateDb(platform.ConnectionString);
        var answers = await db.Answers.Where(a => a.ResponseId == response).OrderBy(a => a.Key).ToListAsync();
        return [.. answers.Select(a => (a.Key, a.Value))];
    }
}
