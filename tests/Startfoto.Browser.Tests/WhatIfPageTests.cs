using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;

namespace Startfoto.Browser.Tests;

/// <summary>The demo OZJ member tries stricter scoring rules on the demo's submitted Startfotos and sees who moves.</summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class WhatIfPageTests(DemoPlatform platform)
{
    [Fact]
    public async Task Ozj_raises_the_threshold_for_geen_and_sees_which_gemeenten_change_need_without_anything_stored()
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).LogInAsync("ozj@startfoto.local", DemoAccountsTests.Password);
        await page.WaitForURLAsync("**/ozj");
        await IndelingPageTests.WaitUntilInteractive(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Scoreregels: wat als" }).ClickAsync();
        await page.WaitForURLAsync("**/scoreregels/wat-als");
        await IndelingPageTests.WaitUntilInteractive(page);
        var whatIf = new WhatIfPage(page);
        await whatIf.ChooseQuestionnaireAsync("Startfoto Hervormingsagenda Jeugd (versie 1, scoreregels versie 1)");

        // A rule that names no theme is refused at its field, nothing calculated.
        await whatIf.SetRuleAsync(4, "${aantal_te_veel} >= 1");
        await whatIf.CalculateAsync();
        await Assertions.Expect(whatIf.Alerts.First).ToContainTextAsync("aantal_te_veel");
        await Assertions.Expect(whatIf.Status).ToContainTextAsync("De regels kloppen niet");

        // The demo's two submitted Startfotos have Zo thuis mogelijk at 79 and Regionalisering at 71.7: geen from 80 makes both licht.
        await page.GetByRole(AriaRole.Button, new() { Name = "Terug naar de huidige regels" }).ClickAsync();
        await whatIf.SetThresholdAsync("Geen behoefte vanaf score", "80");
        await whatIf.CalculateAsync();

        await Assertions.Expect(whatIf.Status).ToContainTextAsync("2 responsen doorgerekend: 0 krijgen een andere intensiteit, 2 een andere behoefte op ten minste één thema.");
        await Assertions.Expect(whatIf.Moves.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(whatIf.Moves).ToContainTextAsync("Alphen aan den Rijn (Holland Rijnland)");
        await Assertions.Expect(whatIf.Moves).ToContainTextAsync("Zo thuis mogelijk: geen → licht");
        await AccessibilityTests.AssertNoViolations(page);
        await page.Context.CloseAsync();
    }
}
