using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;
using Startfoto.Domain.Accounts;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn;
using Startfoto.Web.Hosting;

namespace Startfoto.Browser.Tests;

/// <summary>
/// Leiden submits the shipped Startfoto (the example answers, completed) and reads its result; its regioadviseur finds
/// the same tier on the round's progress page and on the result, and sets another tier with a motivation.
/// </summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class ResultsPageTests(DemoPlatform platform)
{
    const string Leiden = "GM0546";

    [Fact]
    public async Task A_gemeente_sees_scores_needs_tier_and_explanation_and_its_adviseur_overrides_the_tier()
    {
        var response = await TestRounds.OpenAsync(platform, "startfoto", Leiden);
        await AnswerAllAsync(response);

        var gemeente = await LogInAsync("gemeente.leiden@startfoto.local");
        var form = new FillInFormPage(gemeente);
        await form.OpenResponseAsync(response);
        await form.SubmitAsync();
        await Assertions.Expect(form.SaveStatus).ToHaveTextAsync("De vragenlijst is ingediend. De regioadviseur beoordeelt hem.");
        await gemeente.GetByRole(AriaRole.Link, new() { Name = "Uitslag bekijken" }).ClickAsync();
        await gemeente.WaitForURLAsync($"**/invullen/{response}/uitslag");
        await IndelingPageTests.WaitUntilInteractive(gemeente);

        var (tier, round) = await StoredAsync(response);
        var result = new ResultsPage(gemeente);
        await Assertions.Expect(result.Heading).ToContainTextAsync("Uitslag Startfoto Hervormingsagenda Jeugd");
        await Assertions.Expect(result.ThemeRows).ToHaveCountAsync(7);
        await Assertions.Expect(result.Theme("Stevige lokale teams")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("geen|licht|matig|hoog"));
        await Assertions.Expect(result.FinalTier).ToHaveTextAsync(tier);
        await Assertions.Expect(result.TierRules.First).ToContainTextAsync("Regel 1 'intensief'");
        await Assertions.Expect(result.Explanation.First).ToContainTextAsync("Reikwijdte");
        await Assertions.Expect(result.Items("Stevige lokale teams")).ToContainTextAsync("lt.team");
        await Assertions.Expect(gemeente.GetByLabel("Motivatie (verplicht)")).ToHaveCountAsync(0);
        await AccessibilityTests.AssertNoViolations(gemeente, "uitslag, gemeente: ");

        var adviseur = await LogInAsync("regioadviseur@startfoto.local");
        await adviseur.GotoAsync($"/regio/rondes/{round}");
        await IndelingPageTests.WaitUntilInteractive(adviseur);
        var progress = new RoundProgressPage(adviseur);
        await Assertions.Expect(progress.Row("Leiden")).ToContainTextAsync(tier);
        await progress.Row("Leiden").GetByRole(AriaRole.Link, new() { Name = "Uitslag van Leiden" }).ClickAsync();
        await adviseur.WaitForURLAsync($"**/invullen/{response}/uitslag");
        await IndelingPageTests.WaitUntilInteractive(adviseur);
        var reviewed = new ResultsPage(adviseur);
        await Assertions.Expect(reviewed.FinalTier).ToHaveTextAsync(tier);

        var other = tier == "licht" ? "regulier" : "licht";
        await reviewed.OverrideAsync(other, "In het verdiepende gesprek bleek het lokale team verder dan de antwoorden laten zien.");

        await Assertions.Expect(reviewed.Status).ToHaveTextAsync($"De intensiteit is aangepast naar '{other}'.");
        await Assertions.Expect(reviewed.FinalTier).ToHaveTextAsync($"{other} (aangepast door de regioadviseur)");
        await Assertions.Expect(reviewed.ComputedTier).ToHaveTextAsync(tier);
        await Assertions.Expect(reviewed.Overrides).ToContainTextAsync("In het verdiepende gesprek bleek");
        await AccessibilityTests.AssertNoViolations(adviseur, "uitslag, regioadviseur: ");
        await gemeente.Context.CloseAsync();
        await adviseur.Context.CloseAsync();
    }

    /// <summary>Leiden's answers, as its users would have saved them: the shipped example with the open required questions answered.</summary>
    async Task AnswerAllAsync(Guid response)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var startfoto = (await scope.ServiceProvider.GetRequiredService<CompiledQuestionnaires>().GetAsync("startfoto", 1, default))!;
        var example = ExampleAnswers.Read(Fixtures.QuestionnairesFolder(), startfoto) ?? throw new InvalidOperationException("No example answers.");
        var answers = ExampleAnswers.Completed(example, DateOnly.FromDateTime(DateTime.UtcNow));
        Guid user;
        await using (var db = platform.CreateDb())
            user = await db.Users.Where(u => u.Email == "gemeente.leiden@startfoto.local").Select(u => u.Id).SingleAsync();
        var saved = await scope.ServiceProvider.GetRequiredService<SaveAnswers>().RunAsync(new Actor(user, Role.Gemeente, Leiden, []), response,
            ExampleAnswers.Inputs(answers, startfoto.Definition.Sections), AnswerChannel.Form, default);
        Assert.True(saved.IsOk && !saved.Value!.HasConflicts, string.Join("; ", saved.Problems.Select(p => p.Message)));
    }

    async Task<(string Tier, Guid Round)> StoredAsync(Guid response)
    {
        await using var db = platform.CreateDb();
        var tier = await db.ResponseScores.Where(s => s.ResponseId == response).Select(s => s.Tier).SingleAsync();
        return (tier, await db.Responses.Where(r => r.Id == response).Select(r => r.RoundId).SingleAsync());
    }

    async Task<IPage> LogInAsync(string email)
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync(email, DemoAccountsTests.Password);
        await page.WaitForURLAsync(url => !url.Contains("/account/inloggen", StringComparison.Ordinal));
        return page;
    }
}
