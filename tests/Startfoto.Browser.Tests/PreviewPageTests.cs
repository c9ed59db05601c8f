using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;

namespace Startfoto.Browser.Tests;

/// <summary>
/// The preview of the every-type questionnaire (tests/fixtures/questionnaires/alle-vraagtypen.json): conditional
/// questions, Dutch messages next to the field, progress, n.v.t., keyboard use, and who may open it.
/// </summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class PreviewPageTests(DemoPlatform platform) : IAsyncLifetime
{
    public const string Key = "alle_vraagtypen";
    const string Team = "Heeft uw gemeente een lokaal team?";
    const string TeamReason = "Waarom is er geen lokaal team?";

    public Task InitializeAsync() => platform.RegisterQuestionnaireAsync("alle-vraagtypen.json");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_beheerder_opens_the_preview_from_the_questionnaires_page_and_sees_that_nothing_is_stored()
    {
        var page = await LogInAsync("beheerder@startfoto.local");
        await page.GotoAsync("/beheer/vragenlijsten");
        await IndelingPageTests.WaitUntilInteractive(page);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Voorbeeld van {Key} versie 1" }).ClickAsync();

        await page.WaitForURLAsync($"**/vragenlijsten/{Key}/1/voorbeeld");
        var form = new FillInFormPage(page);
        await Assertions.Expect(form.Heading).ToContainTextAsync("Voorbeeld: Alle vraagtypen (testvragenlijst)");
        await Assertions.Expect(page.GetByText("Voorbeeld: antwoorden worden niet opgeslagen")).ToBeVisibleAsync();
        await Assertions.Expect(form.SectionButtons).ToHaveCountAsync(2);
        await Assertions.Expect(form.SectionButton("Keuzevragen")).ToHaveAttributeAsync("aria-current", "step");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_conditional_question_appears_and_disappears_and_progress_follows()
    {
        var page = await LogInAsync("beheerder@startfoto.local");
        var form = new FillInFormPage(page);
        await form.OpenPreviewAsync(Key, 1);
        await Assertions.Expect(form.OverallProgress).ToHaveTextAsync("0 van 6 verplichte vragen beantwoord");
        await Assertions.Expect(form.SectionProgressText).ToHaveTextAsync("0 van 4 verplichte vragen beantwoord");
        await Assertions.Expect(form.Field(TeamReason)).ToHaveCountAsync(0);

        await form.ChooseAsync(Team, "Nee");

        await Assertions.Expect(form.Field(TeamReason)).ToBeVisibleAsync();
        await Assertions.Expect(form.Field(TeamReason)).ToHaveAttributeAsync("aria-required", "true");
        await Assertions.Expect(form.OverallProgress).ToHaveTextAsync("1 van 7 verplichte vragen beantwoord");
        await Assertions.Expect(form.SectionButton("Keuzevragen")).ToContainTextAsync("1 van 5");

        await form.AnswerAsync(TeamReason, "Wij werken regionaal.");
        await Assertions.Expect(form.OverallProgress).ToHaveTextAsync("2 van 7 verplichte vragen beantwoord");

        await form.ChooseAsync(Team, "Ja");

        await Assertions.Expect(form.Field(TeamReason)).ToHaveCountAsync(0);
        await Assertions.Expect(form.OverallProgress).ToHaveTextAsync("1 van 6 verplichte vragen beantwoord");

        // The hidden answer is kept, not counted: choosing "Nee" again brings the text back.
        await form.ChooseAsync(Team, "Nee");
        await Assertions.Expect(form.Field(TeamReason)).ToHaveValueAsync("Wij werken regionaal.");
        await Assertions.Expect(form.OverallProgress).ToHaveTextAsync("2 van 7 verplichte vragen beantwoord");

        await form.ClearAsync();
        await Assertions.Expect(form.OverallProgress).ToHaveTextAsync("0 van 6 verplichte vragen beantwoord");
        await Assertions.Expect(form.Radio(Team, "Nee")).Not.ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_constraint_violation_shows_its_dutch_message_next_to_the_field_and_calculations_follow()
    {
        var page = await LogInAsync("beheerder@startfoto.local");
        var form = new FillInFormPage(page);
        await form.OpenPreviewAsync(Key, 1);
        await form.OpenSectionAsync("Getallen, tekst en datum");
        var inZorg = form.Field("Hoeveel jeugdigen krijgen jeugdhulp?");

        await form.AnswerAsync("Hoeveel jeugdigen wonen er in uw gemeente?", "200");
        await form.AnswerAsync("Hoeveel jeugdigen krijgen jeugdhulp?", "300");

        const string message = "Dit aantal kan niet groter zijn dan het aantal jeugdigen in uw gemeente.";
        await Assertions.Expect(page.GetByText(message)).ToBeVisibleAsync();
        await Assertions.Expect(inZorg).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(inZorg).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(message)));

        await form.AnswerAsync("Hoeveel jeugdigen krijgen jeugdhulp?", "50");

        await Assertions.Expect(page.GetByText(message)).ToHaveCountAsync(0);
        await Assertions.Expect(inZorg).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.Output("Aandeel jeugdigen met jeugdhulp (%)")).ToHaveTextAsync("25");

        await form.AnswerAsync("Welk deel van het budget gaat naar lokale teams?", "12,5");
        await Assertions.Expect(form.Field("Welk deel van het budget gaat naar lokale teams?")).ToHaveValueAsync("12,5");
        await Assertions.Expect(form.SectionProgressText).ToHaveTextAsync("2 van 2 verplichte vragen beantwoord");

        await form.AnswerAsync("Welk deel van het budget gaat naar lokale teams?", "12,25");
        await Assertions.Expect(page.GetByText("Gebruik hooguit 1 cijfer achter de komma.")).ToBeVisibleAsync();
        await form.AnswerAsync("Welk deel van het budget gaat naar lokale teams?", "120");
        await Assertions.Expect(page.GetByText("Vul een getal in van 0 tot en met 100.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Not_applicable_replaces_a_number_and_required_questions_are_marked_on_request()
    {
        var page = await LogInAsync("beheerder@startfoto.local");
        var form = new FillInFormPage(page);
        await form.OpenPreviewAsync(Key, 1);

        await form.CheckRequiredAsync();
        await Assertions.Expect(form.RadioGroup(Team)).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.RadioGroup(Team)).ToHaveAccessibleDescriptionAsync(new Regex("Dit is een verplichte vraag."));

        await form.OpenSectionAsync("Getallen, tekst en datum");
        var budget = page.Locator(".question").Filter(new() { HasText = "Welk deel van het budget gaat naar lokale teams?" });
        await budget.GetByRole(AriaRole.Checkbox, new() { Name = "Niet van toepassing" }).CheckAsync();

        await Assertions.Expect(form.Field("Welk deel van het budget gaat naar lokale teams?")).ToBeDisabledAsync();
        await Assertions.Expect(form.SectionProgressText).ToHaveTextAsync("1 van 2 verplichte vragen beantwoord");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_radio_group_is_reached_with_tab_and_answered_with_space_and_arrow_keys_with_visible_focus()
    {
        var page = await LogInAsync("beheerder@startfoto.local");
        var form = new FillInFormPage(page);
        await form.OpenPreviewAsync(Key, 1);
        var first = form.Radio(Team, "Ja");

        await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).FocusAsync();
        for (var i = 0; i < 10 && !await first.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(first).ToBeFocusedAsync();
        var outline = await first.EvaluateAsync<string>("e => e.matches(':focus-visible') ? getComputedStyle(e).outlineStyle : 'none'");
        Assert.NotEqual("none", outline);

        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(first).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(form.Radio(Team, "Deels")).ToBeCheckedAsync();
        await Assertions.Expect(form.Radio(Team, "Deels")).ToBeFocusedAsync();
        await Assertions.Expect(form.OverallProgress).ToHaveTextAsync("1 van 6 verplichte vragen beantwoord");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_regioadviseur_can_open_the_preview()
    {
        var page = await LogInAsync("regioadviseur@startfoto.local");
        var form = new FillInFormPage(page);

        await form.OpenPreviewAsync(Key, 1);

        await Assertions.Expect(form.Heading).ToContainTextAsync("Voorbeeld: Alle vraagtypen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_gemeente_user_cannot_open_the_preview()
    {
        var page = await LogInAsync("gemeente.leiden@startfoto.local");

        await page.GotoAsync($"/vragenlijsten/{Key}/1/voorbeeld");

        await page.WaitForURLAsync(url => url.Contains("/account/geen-toegang", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText("Alle vraagtypen")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_version_gets_a_dutch_not_found_message()
    {
        var page = await LogInAsync("beheerder@startfoto.local");
        var form = new FillInFormPage(page);

        await form.OpenPreviewAsync(Key, 99);

        await Assertions.Expect(form.Heading).ToHaveTextAsync("Voorbeeld niet gevonden");
        await page.Context.CloseAsync();
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
