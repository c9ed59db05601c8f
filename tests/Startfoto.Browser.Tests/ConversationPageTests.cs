using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Browser.Tests;

/// <summary>
/// The demo regioadviseur records the verdiepende gesprek of a Robuustheidsscan of Holland Rijnland (JZ18): an oordeel
/// that differs from the self-scan asks for a motivering, typing saves without leaving the field, and a reload shows
/// what was stored.
/// </summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class ConversationPageTests(DemoPlatform platform)
{
    const string Adviseur = "regioadviseur@startfoto.local";

    [Fact]
    public async Task A_differing_oordeel_asks_for_a_motivering_that_is_saved_while_typing()
    {
        var response = await AddRobuustheidsscanAsync("JZ18");
        var page = await LogInAsync();
        var conversation = new ConversationPage(page);
        await conversation.OpenAsync(response);
        await Assertions.Expect(conversation.Heading).ToHaveTextAsync("Verdiepend gesprek: Holland Rijnland");
        await Assertions.Expect(conversation.SelfScanLevel("Visie")).ToHaveTextAsync("Zelfscan: Ingericht");
        await Assertions.Expect(conversation.MotiveringMessage("Visie")).ToHaveCountAsync(0);

        await conversation.Oordeel("Visie", "In ontwikkeling").CheckAsync();

        await Assertions.Expect(conversation.MotiveringMessage("Visie")).ToBeVisibleAsync();
        var messageId = await conversation.MotiveringMessage("Visie").Locator("xpath=ancestor-or-self::p[1]").GetAttributeAsync("id");
        await Assertions.Expect(conversation.Motivering("Visie")).ToHaveAttributeAsync("aria-describedby", new Regex($"\\b{messageId}\\b"));
        await Assertions.Expect(conversation.Motivering("Visie")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(conversation.SaveStatus).ToHaveTextAsync("Opgeslagen");

        await conversation.Motivering("Visie").PressSequentiallyAsync("Nog niet door alle raden vastgesteld.");

        await Assertions.Expect(conversation.MotiveringMessage("Visie")).ToHaveCountAsync(0);
        await Assertions.Expect(conversation.SaveStatus).ToHaveTextAsync("Opgeslagen");
        await Assertions.Expect(conversation.Motivering("Visie")).ToBeFocusedAsync(); // saved without leaving the field

        await conversation.ReloadAsync();

        await Assertions.Expect(conversation.Oordeel("Visie", "In ontwikkeling")).ToBeCheckedAsync();
        await Assertions.Expect(conversation.Motivering("Visie")).ToHaveValueAsync("Nog niet door alle raden vastgesteld.");
        await Assertions.Expect(conversation.MotiveringMessage("Visie")).ToHaveCountAsync(0);
        await Assertions.Expect(conversation.SummaryRow("Visie")).ToContainTextAsync("In ontwikkeling (wijkt af)");
        await Assertions.Expect(conversation.SummaryRow("Visie")).ToContainTextAsync("Ingericht");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_conversation_page_has_no_wcag_violations_also_while_a_motivering_is_asked()
    {
        var response = await AddRobuustheidsscanAsync("JZ29");
        var page = await LogInAsync();
        var conversation = new ConversationPage(page);
        await conversation.OpenAsync(response);
        await conversation.Oordeel("Visie", "Geborgd en lerend").CheckAsync();
        await Assertions.Expect(conversation.MotiveringMessage("Visie")).ToBeVisibleAsync();

        await AccessibilityTests.AssertNoViolations(page, "gesprekspagina: ");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_colleagues_newer_answer_is_shown_with_who_and_when_and_either_version_can_win()
    {
        const string Afspraken = "Afspraken";
        var response = await AddRobuustheidsscanAsync("JZ18");
        var page = await LogInAsync();
        var conversation = new ConversationPage(page);
        await conversation.OpenAsync(response);
        await SaveAsColleagueAsync(response, "Afspraak van de collega");

        await conversation.AnswerAsync("Visie", Afspraken, "Mijn afspraak");

        await Assertions.Expect(conversation.SaveStatus).ToContainTextAsync("Niet opgeslagen");
        await Assertions.Expect(conversation.Conflict("Visie")).ToContainTextAsync("Demo Beheerder heeft dit veld op");
        await Assertions.Expect(conversation.Conflict("Visie")).ToContainTextAsync("“Afspraak van de collega”");
        await conversation.KeepMineAsync("Visie");
        await Assertions.Expect(conversation.SaveStatus).ToHaveTextAsync("Opgeslagen");
        await Assertions.Expect(conversation.Conflict("Visie")).ToHaveCountAsync(0);
        Assert.Equal("Mijn afspraak", await StoredAsync(response));

        await SaveAsColleagueAsync(response, "Nieuwere afspraak van de collega");
        await conversation.AnswerAsync("Visie", Afspraken, "Nog een afspraak van mij");
        await conversation.TakeTheirsAsync("Visie");

        await Assertions.Expect(conversation.Field("Visie", Afspraken)).ToHaveValueAsync("Nieuwere afspraak van de collega");
        await Assertions.Expect(conversation.SaveStatus).ToHaveTextAsync("Opgeslagen");
        Assert.Equal("Nieuwere afspraak van de collega", await StoredAsync(response));
        await page.Context.CloseAsync();
    }

    const string AfsprakenKey = "gesprek.visie.afspraken";

    async Task SaveAsColleagueAsync(Guid response, string text)
    {
        await using var db = platform.CreateDb();
        var colleague = await db.Users.Where(u => u.Email == "beheerder@startfoto.local").Select(u => u.Id).SingleAsync();
        var answer = await db.Answers.SingleOrDefaultAsync(a => a.ResponseId == response && a.Key == AfsprakenKey);
        if (answer is null) db.Answers.Add(answer = new Answer { ResponseId = response, Key = AfsprakenKey });
        (answer.Value, answer.ChangedBy, answer.ChangedAt, answer.Channel) = (text, colleague, DateTimeOffset.UtcNow, AnswerChannel.Api);
        await db.SaveChangesAsync();
    }

    async Task<string?> StoredAsync(Guid response)
    {
        await using var db = platform.CreateDb();
        return await db.Answers.Where(a => a.ResponseId == response && a.Key == AfsprakenKey).Select(a => a.Value).SingleAsync();
    }

    async Task<IPage> LogInAsync()
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync(Adviseur, DemoAccountsTests.Password);
        await page.WaitForURLAsync(url => !url.Contains("/account/inloggen", StringComparison.Ordinal));
        return page;
    }

    /// <summary>A submitted regio-level response of the shipped Robuustheidsscan with a self-scan at "Ingericht" on Visie.</summary>
    async Task<Guid> AddRobuustheidsscanAsync(string regio)
    {
        await using var db = platform.CreateDb();
        var year = await db.Gemeenten.MaxAsync(g => g.Year);
        var adviseur = await db.Users.Where(u => u.Email == Adviseur).Select(u => u.Id).SingleAsync();
        var version = await db.QuestionnaireVersions.Where(v => v.Key == "robuustheidsscan").MaxAsync(v => v.Version);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var round = new ScanRound
        {
            Id = Guid.NewGuid(), Title = "Robuustheidsscan " + year, QuestionnaireKey = "robuustheidsscan", QuestionnaireVersion = version,
            Year = year, JeugdregioCode = regio, OpensOn = today.AddDays(-14), ClosesOn = today.AddDays(14), CreatedBy = adviseur,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var response = new Response
        {
            Id = Guid.NewGuid(), RoundId = round.Id, Year = year, JeugdregioCode = regio, QuestionnaireKey = "robuustheidsscan",
            QuestionnaireVersion = version, Status = ResponseStatus.Submitted, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ScanRounds.Add(round);
        db.Responses.Add(response);
        foreach (var (key, value) in new[] { ("reg.visie", "3"), ("rs.visie.beeld", "3"), ("rs.visie.programma", "3") })
            db.Answers.Add(new Answer
            {
                ResponseId = response.Id, Key = key, Value = value, ChangedAt = DateTimeOffset.UtcNow, ChangedBy = adviseur,
                Channel = AnswerChannel.Form,
            });
        await db.SaveChangesAsync();
        return response.Id;
    }
}
