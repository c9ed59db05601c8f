using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Startfoto.Browser.Tests.Pages;

/// <summary>
/// A questionnaire form (the preview, later the fill-in page), found by roles and labels: questions by their
/// radio group or field name, sections by their buttons in the section navigation.
/// </summary>
public sealed class FillInFormPage(IPage page)
{
    public async Task OpenPreviewAsync(string key, int version)
    {
        await page.GotoAsync($"/vragenlijsten/{key}/{version}/voorbeeld");
        await IndelingPageTests.WaitUntilInteractive(page);
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator SectionHeading => page.Locator("#sectie-titel");

    ILocator SectionNav => page.GetByRole(AriaRole.Navigation, new() { Name = "Secties van de vragenlijst" });

    public ILocator SectionButtons => SectionNav.GetByRole(AriaRole.Button);

    public ILocator SectionButton(string title) => SectionNav.GetByRole(AriaRole.Button, new() { Name = title });

    public async Task OpenSectionAsync(string title)
    {
        await SectionButton(title).ClickAsync();
        await Assertions.Expect(SectionHeading).ToHaveTextAsync(title);
    }

    /// <summary>A single-choice, ja/deels/nee or maturity question; the name holds the question's label.</summary>
    public ILocator RadioGroup(string question) => page.GetByRole(AriaRole.Radiogroup, new() { Name = question });

    public ILocator Radio(string question, string option) =>
        RadioGroup(question).GetByRole(AriaRole.Radio, new() { Name = option, Exact = true });

    public Task ChooseAsync(string question, string option) => Radio(question, option).CheckAsync();

    /// <summary>A text, number or date input by its label, which starts with the question (a toelichting's does not).</summary>
    public ILocator Field(string question) => page.GetByLabel(new Regex("^" + Regex.Escape(question)));

    /// <summary>Types an answer and leaves the field, as the answer counts once the input reports its change.</summary>
    public async Task AnswerAsync(string question, string text)
    {
        await Field(question).FillAsync(text);
        await Field(question).PressAsync("Tab");
    }

    /// <summary>The progress in words, e.g. "3 van 6 verplichte vragen beantwoord"; the first is the whole questionnaire's.</summary>
    public ILocator OverallProgress => page.Locator(".questionnaire-form > .progress-summary .progress-text");

    public ILocator SectionProgressText => page.Locator(".form-section .progress-summary .progress-text");

    public ILocator Output(string question) => page.GetByRole(AriaRole.Status, new() { Name = question });

    public Task ClearAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Leegmaken" }).ClickAsync();

    public Task CheckRequiredAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Verplichte vragen controleren" }).ClickAsync();

    public async Task OpenResponseAsync(Guid response)
    {
        await page.GotoAsync($"/invullen/{response}");
        await WaitUntilReadyAsync();
    }

    /// <summary>The form is interactive and the browser keeps its copy of changes: typing and clicks count from now.</summary>
    public async Task WaitUntilReadyAsync()
    {
        await IndelingPageTests.WaitUntilInteractive(page);
        try
        {
            await page.Locator("[data-fill-in-ready]").WaitForAsync();
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"The fill-in page did not get ready. Its text:\n{await page.Locator("main").InnerTextAsync()}", e);
        }
    }

    /// <summary>"Alle wijzigingen zijn opgeslagen.", "Bezig met opslaan…", or why not: announced to screen readers.</summary>
    public ILocator SaveStatus => page.Locator(".save-status[role=status]");

    public Task WaitUntilSavedAsync() => Assertions.Expect(SaveStatus).ToHaveTextAsync("Alle wijzigingen zijn opgeslagen.");

    public Task SubmitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Indienen" }).ClickAsync();

    public ILocator MissingList => page.Locator(".missing-list");

    public ILocator Conflict => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Welk antwoord blijft?" });

    public Task KeepMineAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Mijn antwoord opslaan" }).ClickAsync();

    public Task TakeTheirsAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Antwoord van collega overnemen" }).ClickAsync();
}
