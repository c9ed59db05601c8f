using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;

namespace Startfoto.Browser.Tests;

/// <summary>The demo regioadviseur opens a Startfoto round for Holland Rijnland and follows it on the progress page.</summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class RoundsPageTests(DemoPlatform platform)
{
    [Fact]
    public async Task The_adviseur_opens_a_round_for_Holland_Rijnland_and_sees_its_13_gemeenten_not_started()
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).LogInAsync("regioadviseur@startfoto.local", DemoAccountsTests.Password);
        await page.WaitForURLAsync("**/regio");
        await IndelingPageTests.WaitUntilInteractive(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Rondes", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/regio/rondes");
        await IndelingPageTests.WaitUntilInteractive(page);
        var rounds = new RoundsPage(page);

        await rounds.ChooseQuestionnaireAsync("Startfoto Hervormingsagenda Jeugd (versie 1)");
        await rounds.ChooseYearAsync(2024);
        await rounds.ChooseRegioAsync("JZ18");
        await Assertions.Expect(rounds.Gemeenten).ToContainTextAsync("Deelnemende gemeenten (13 van 13)");
        await Assertions.Expect(rounds.Gemeenten.GetByRole(AriaRole.Checkbox, new() { Name = "Leiden", Exact = true })).ToBeCheckedAsync();
        await rounds.SetDatesAsync("2024-03-01", "2024-05-01");
        await rounds.OpenRoundAsync();

        await Assertions.Expect(rounds.Status).ToContainTextAsync("is geopend met 13 responsen");
        await AccessibilityTests.AssertNoViolations(page);
        await rounds.ShowProgressAsync();

        var progress = new RoundProgressPage(page);
        await Assertions.Expect(progress.Heading).ToHaveTextAsync("Startfoto Hervormingsagenda Jeugd 2024 – Holland Rijnland");
        await Assertions.Expect(progress.Rows).ToHaveCountAsync(13);
        await Assertions.Expect(progress.Rows.Filter(new() { HasText = "niet gestart" })).ToHaveCountAsync(13);
        await Assertions.Expect(progress.Row("Leiden")).ToContainTextAsync("0%");
        await Assertions.Expect(progress.Row("Leiden").GetByRole(AriaRole.Link, new() { Name = "Vragenlijst van Leiden" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/invullen/"));
        await IndelingPageTests.WaitUntilInteractive(page);
        await AccessibilityTests.AssertNoViolations(page);
        await page.Context.CloseAsync();
    }
}
