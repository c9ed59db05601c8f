using Microsoft.Playwright;

namespace Startfoto.Browser.Tests.Pages;

/// <summary>/invullen/{id}/uitslag: the tier, the needs per theme, the rules tried, the explanation, and the override form.</summary>
public sealed class ResultsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Themes => page.GetByRole(AriaRole.Table, new() { Name = "Score, dekking en ondersteuningsbehoefte per thema" });

    public ILocator ThemeRows => Themes.GetByRole(AriaRole.Rowgroup).Last.GetByRole(AriaRole.Row);

    public ILocator Theme(string title) => Themes.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = title }) });

    public ILocator Items(string theme) => page.GetByRole(AriaRole.Table, new() { Name = theme, Exact = true });

    public ILocator FinalTier => page.GetByTestId("uiteindelijke-intensiteit");

    public ILocator ComputedTier => page.GetByTestId("berekende-intensiteit");

    public ILocator TierRules => page.Locator("ol.tier-rules > li");

    public ILocator Explanation => page.Locator("ul.explanation > li");

    public ILocator Status => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "aangepast" });

    public ILocator Overrides => page.GetByRole(AriaRole.Table, new() { Name = "Elke aanpassing, nieuwste eerst" });

    public async Task OverrideAsync(string tier, string motivation)
    {
        await page.GetByLabel("Nieuwe ozj-intensiteit").SelectOptionAsync(tier);
        await page.GetByLabel("Motivatie (verplicht)").FillAsync(motivation);
        await page.GetByRole(AriaRole.Button, new() { Name = "OZJ-intensiteit aanpassen" }).ClickAsync();
    }
}
