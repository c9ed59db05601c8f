using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Browser.Tests;

/// <summary>The local demo shows the product at work: rounds in both regio's, answers by colleagues, a submission, an approval.</summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class DemoRoundsTests(DemoPlatform platform)
{
    [Fact]
    public async Task The_demo_has_a_startfoto_and_a_robuustheidsscan_round_for_both_regios()
    {
        await using var db = platform.CreateDb();
        var rounds = await db.ScanRounds.Select(r => new { r.JeugdregioCode, r.QuestionnaireKey }).ToListAsync();

        foreach (var regio in new[] { "JZ18", "JZ29" })
        foreach (var key in new[] { "startfoto", "robuustheidsscan" })
            Assert.Contains(rounds, r => r.JeugdregioCode == regio && r.QuestionnaireKey == key);
    }

    [Fact]
    public async Task Leiden_is_filled_in_by_two_colleagues_alphen_submitted_and_rotterdam_approved()
    {
        await using var db = platform.CreateDb();
        // The demo's rounds are the first of each regio, made at start; tests of other features open rounds of their own.
        async Task<Guid> DemoRound(string regio) => await db.ScanRounds.Where(r => r.QuestionnaireKey == "startfoto" && r.JeugdregioCode == regio)
            .OrderBy(r => r.CreatedAt).Select(r => r.Id).FirstAsync();
        var (hollandRijnland, rijnmond) = (await DemoRound("JZ18"), await DemoRound("JZ29"));
        var demo = db.Responses.Where(r => r.RoundId == hollandRijnland || r.RoundId == rijnmond);

        var leiden = await demo.SingleAsync(r => r.GemeenteCode == "GM0546");
        Assert.Equal(ResponseStatus.InProgress, leiden.Status);
        Assert.Equal(2, await db.AnswerChanges.Where(c => c.ResponseId == leiden.Id).Select(c => c.ChangedBy).Distinct().CountAsync());
        Assert.True(await db.SectionAssignments.AnyAsync(s => s.ResponseId == leiden.Id));
        Assert.Equal(ResponseStatus.Submitted, (await demo.SingleAsync(r => r.GemeenteCode == "GM0484")).Status);
        var rotterdam = await demo.SingleAsync(r => r.GemeenteCode == "GM0599");
        Assert.Equal(ResponseStatus.Approved, rotterdam.Status);
        Assert.True(await db.ResponseSnapshots.AnyAsync(s => s.ResponseId == rotterdam.Id));
    }

    [Fact]
    public async Task The_demo_submission_and_approval_have_results_computed_with_the_shipped_rules()
    {
        await using var db = platform.CreateDb();
        var demo = await db.ScanRounds.Where(r => r.QuestionnaireKey == "startfoto").OrderBy(r => r.CreatedAt)
            .SelectMany(r => r.Responses).Where(r => r.GemeenteCode == "GM0484" || r.GemeenteCode == "GM0599")
            .Select(r => new { r.GemeenteCode, r.Id }).ToListAsync();
        var alphen = demo.First(r => r.GemeenteCode == "GM0484").Id;
        var rotterdam = demo.First(r => r.GemeenteCode == "GM0599").Id;

        var results = await db.ResponseScores.Where(s => s.ResponseId == alphen || s.ResponseId == rotterdam).OrderBy(s => s.Id)
            .Select(s => new { s.ResponseId, s.Trigger, s.RulesVersion }).ToListAsync();

        Assert.Equal([ScoreTrigger.Submitted], results.Where(r => r.ResponseId == alphen).Select(r => r.Trigger));
        Assert.Equal([ScoreTrigger.Submitted, ScoreTrigger.Approved], results.Where(r => r.ResponseId == rotterdam).Select(r => r.Trigger));
        Assert.All(results, r => Assert.Equal(1, r.RulesVersion));
    }

    [Fact]
    public async Task The_demo_gemeente_opens_its_half_filled_startfoto_from_its_start_page()
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync("gemeente.leiden@startfoto.local", DemoAccountsTests.Password);
        await page.WaitForURLAsync("**/gemeente");
        await IndelingPageTests.WaitUntilInteractive(page);

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Holland Rijnland – Leiden$") })
            .Filter(new() { HasText = "Startfoto" }).First.ClickAsync();

        var form = new FillInFormPage(page);
        await form.WaitUntilReadyAsync();
        await Assertions.Expect(form.Heading).ToContainTextAsync("Leiden");
        await Assertions.Expect(form.OverallProgress).Not.ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^0 van"));
        await page.Context.CloseAsync();
    }
}
