using Microsoft.Playwright;

namespace Startfoto.Browser.Tests.Pages;

/// <summary>/regio/rondes: the adviseur's rounds and the "Nieuwe ronde" form, found by labels and roles.</summary>
public sealed class RoundsPage(IPage page)
{
    public Task OpenAsync() => page.GotoAsync("/regio/rondes");

    public Task ChooseQuestionnaireAsync(string label) =>
        page.GetByLabel("Vragenlijst", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = label });

    public Task ChooseYearAsync(int year) =>
        page.GetByLabel("Jaar (indeling)").SelectOptionAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task ChooseRegioAsync(string code) => page.GetByLabel("Jeugdregio", new() { Exact = true }).SelectOptionAsync(code);

    public ILocator Gemeenten => page.GetByRole(AriaRole.Group, new() { Name = "Deelnemende gemeenten" });

    public async Task SetDatesAsync(string opensOn, string closesOn)
    {
        await page.GetByLabel("Opent op").FillAsync(opensOn);
        await page.GetByLabel("Sluit op").FillAsync(closesOn);
    }

    public Task OpenRoundAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Ronde openen" }).ClickAsync();

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public Task ShowProgressAsync() => page.GetByRole(AriaRole.Link, new() { Name = "Bekijk de voortgang" }).ClickAsync();
}
