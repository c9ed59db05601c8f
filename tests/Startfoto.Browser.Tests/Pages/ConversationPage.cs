using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Startfoto.Browser.Tests.Pages;

/// <summary>
/// The verdiepende gesprek of a Robuustheidsscan: one region per criterion (named by its heading) with the self-scan
/// and the adviseur's fields, found by their labels; the summary table; the save status.
/// </summary>
public sealed class ConversationPage(IPage page)
{
    public async Task OpenAsync(Guid response)
    {
        await page.GotoAsync($"/regio/gesprek/{response}");
        await IndelingPageTests.WaitUntilInteractive(page);
    }

    public async Task ReloadAsync()
    {
        await page.ReloadAsync();
        await IndelingPageTests.WaitUntilInteractive(page);
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Criterion(string title) => page.GetByRole(AriaRole.Region, new() { Name = title, Exact = true });

    public ILocator SelfScanLevel(string criterion) => Criterion(criterion).GetByText(new Regex("^Zelfscan: "));

    public ILocator Oordeel(string criterion, string option) =>
        Criterion(criterion).GetByRole(AriaRole.Radiogroup, new() { Name = "Oordeel van de regioadviseur" })
            .GetByRole(AriaRole.Radio, new() { Name = option, Exact = true });

    public ILocator Motivering(string criterion) => Criterion(criterion).GetByLabel("Motivering", new() { Exact = true });

    public ILocator MotiveringMessage(string criterion) => Criterion(criterion).GetByText("wijkt af van de zelfscan: geef een motivering");

    public ILocator Field(string criterion, string label) => Criterion(criterion).GetByLabel(new Regex("^" + Regex.Escape(label)));

    /// <summary>Types into a field and leaves it, so the change is saved at once.</summary>
    public async Task AnswerAsync(string criterion, string label, string text)
    {
        await Field(criterion, label).FillAsync(text);
        await Field(criterion, label).PressAsync("Tab");
    }

    public ILocator Conflict(string criterion) => Criterion(criterion).Locator(".conflict-notice");

    public Task TakeTheirsAsync(string criterion) =>
        Criterion(criterion).GetByRole(AriaRole.Button, new() { Name = "Hun versie overnemen" }).ClickAsync();

    public Task KeepMineAsync(string criterion) =>
        Criterion(criterion).GetByRole(AriaRole.Button, new() { Name = "Mijn versie opslaan" }).ClickAsync();

    public ILocator SummaryRow(string criterion) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Zelfscan en oordeel van de regioadviseur per criterium" })
            .GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = criterion, Exact = true }) });

    public ILocator SaveStatus => page.GetByRole(AriaRole.Status);
}
