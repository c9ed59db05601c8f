using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;
using Startfoto.Domain.Responses;

namespace Startfoto.Browser.Tests;

/// <summary>
/// A gemeente fills in its vragenlijst (tests/fixtures/questionnaires/invultest.json): autosave, reload, a conditional
/// question, submit; a colleague in another browser; a connection that drops while typing. Nothing typed gets lost.
/// </summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class FillInPageTests(DemoPlatform platform) : IAsyncLifetime
{
    const string Key = "invultest";
    const string Leiden = "GM0546";
    const string Team = "Is er een lokaal team?";
    const string Reason = "Waarom niet?";
    const string Fte = "Hoeveel fte?";
    const string Visie = "Is er een regiovisie?";

    public Task InitializeAsync() => platform.RegisterQuestionnaireAsync("invultest.json");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_gemeente_fills_in_with_a_conditional_question_reloads_and_submits()
    {
        var response = await TestRounds.OpenAsync(platform, Key, Leiden);
        var page = await LogInAsync("gemeente.leiden@startfoto.local");
        var form = new FillInFormPage(page);
        await form.OpenResponseAsync(response);

        await form.ChooseAsync(Team, "Nee");
        await Assertions.Expect(form.Field(Reason)).ToBeVisibleAsync();
        await form.AnswerAsync(Reason, "Het team start in 2025.");
        Assert.Equal("Het team start in 2025.", await TestRounds.WaitForStoredAsync(platform, response, "reden", "Het team start in 2025."));
        await form.WaitUntilSavedAsync();
        await page.ReloadAsync();
        await form.WaitUntilReadyAsync();

        await Assertions.Expect(form.Radio(Team, "Nee")).ToBeCheckedAsync();
        await Assertions.Expect(form.Field(Reason)).ToHaveValueAsync("Het team start in 2025.");
        await form.SubmitAsync();
        await Assertions.Expect(form.SaveStatus).ToContainTextAsync("Nog niet ingediend: 1 vraag/vragen ontbreken");
        await Assertions.Expect(form.MissingList).ToContainTextAsync(Visie);
        Assert.Equal(ResponseStatus.InProgress, await TestRounds.StatusAsync(platform, response));

        await form.OpenSectionAsync("Regio");
        await form.ChooseAsync(Visie, "Concept");
        Assert.Equal("concept", await TestRounds.WaitForStoredAsync(platform, response, "reg.visie", "concept"));
        await form.WaitUntilSavedAsync();
        await form.SubmitAsync();

        await Assertions.Expect(form.SaveStatus).ToHaveTextAsync("De vragenlijst is ingediend. De regioadviseur beoordeelt hem.");
        Assert.Equal(ResponseStatus.Submitted, await TestRounds.StatusAsync(platform, response));
        await Assertions.Expect(form.Radio(Visie, "Concept")).ToBeDisabledAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Two_colleagues_change_the_same_answer_and_the_second_sees_the_conflict_and_chooses()
    {
        var response = await TestRounds.OpenAsync(platform, Key, Leiden);
        var mine = await LogInAsync("gemeente.leiden@startfoto.local");
        var theirs = await LogInAsync("gemeente.leiden@startfoto.local");
        var myForm = new FillInFormPage(mine);
        var theirForm = new FillInFormPage(theirs);
        await myForm.OpenResponseAsync(response);
        await theirForm.OpenResponseAsync(response);

        await theirForm.AnswerAsync(Fte, "10");
        Assert.Equal("10", await TestRounds.WaitForStoredAsync(platform, response, "fte", "10"));
        await myForm.AnswerAsync(Fte, "12,5");

        await Assertions.Expect(myForm.Conflict).ToContainTextAsync("gewijzigd in: 10");
        Assert.Equal("10", await TestRounds.StoredAsync(platform, response, "fte"));
        await myForm.KeepMineAsync();
        Assert.Equal("12.5", await TestRounds.WaitForStoredAsync(platform, response, "fte", "12.5"));
        await myForm.WaitUntilSavedAsync();
        await Assertions.Expect(myForm.Conflict).ToHaveCountAsync(0);
        await mine.Context.CloseAsync();
        await theirs.Context.CloseAsync();
    }

    [Fact]
    public async Task A_colleagues_answer_can_be_taken_over_instead()
    {
        var response = await TestRounds.OpenAsync(platform, Key, Leiden);
        var mine = await LogInAsync("gemeente.leiden@startfoto.local");
        var theirs = await LogInAsync("gemeente.leiden@startfoto.local");
        var myForm = new FillInFormPage(mine);
        var theirForm = new FillInFormPage(theirs);
        await myForm.OpenResponseAsync(response);
        await theirForm.OpenResponseAsync(response);
        await theirForm.ChooseAsync(Team, "Deels");
        Assert.Equal("deels", await TestRounds.WaitForStoredAsync(platform, response, "team", "deels"));

        await myForm.ChooseAsync(Team, "Ja");
        await Assertions.Expect(myForm.Conflict).ToContainTextAsync("gewijzigd in: Deels");
        await myForm.TakeTheirsAsync();

        await Assertions.Expect(myForm.Radio(Team, "Deels")).ToBeCheckedAsync();
        Assert.Equal("deels", await TestRounds.StoredAsync(platform, response, "team"));
        await mine.Context.CloseAsync();
        await theirs.Context.CloseAsync();
    }

    [Fact]
    public async Task What_is_typed_while_the_connection_is_down_arrives_when_the_page_is_opened_again()
    {
        var response = await TestRounds.OpenAsync(platform, Key, Leiden);
        var page = await LogInAsync("gemeente.leiden@startfoto.local");
        var form = new FillInFormPage(page);
        await form.OpenResponseAsync(response);
        await form.ChooseAsync(Team, "Nee");
        Assert.Equal("nee", await TestRounds.WaitForStoredAsync(platform, response, "team", "nee"));
        await form.WaitUntilSavedAsync();

        await page.Context.SetOfflineAsync(true);
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        await form.Field(Reason).FillAsync("Getypt zonder verbinding");
        await page.WaitForTimeoutAsync(1500); // longer than the pause after which typing is saved: there is nobody to save to
        Assert.Null(await TestRounds.StoredAsync(platform, response, "reden"));

        await page.Context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await form.WaitUntilReadyAsync();

        await Assertions.Expect(form.Field(Reason)).ToHaveValueAsync("Getypt zonder verbinding");
        Assert.Equal("Getypt zonder verbinding", await TestRounds.WaitForStoredAsync(platform, response, "reden", "Getypt zonder verbinding"));
        await form.WaitUntilSavedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Typing_is_saved_after_a_pause_without_leaving_the_field()
    {
        var response = await TestRounds.OpenAsync(platform, Key, Leiden);
        var page = await LogInAsync("gemeente.leiden@startfoto.local");
        var form = new FillInFormPage(page);
        await form.OpenResponseAsync(response);

        await form.Field(Fte).PressSequentiallyAsync("7");

        Assert.Equal("7", await TestRounds.WaitForStoredAsync(platform, response, "fte", "7"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_fill_in_page_has_no_wcag_violations_for_any_question_type_also_with_missing_answers_listed()
    {
        await platform.RegisterQuestionnaireAsync("alle-vraagtypen.json");
        var response = await TestRounds.OpenAsync(platform, PreviewPageTests.Key, Leiden);
        var page = await LogInAsync("gemeente.leiden@startfoto.local");
        var form = new FillInFormPage(page);
        await form.OpenResponseAsync(response);
        await form.SubmitAsync();
        await Assertions.Expect(form.MissingList).ToBeVisibleAsync();

        var sections = await form.SectionButtons.CountAsync();
        for (var i = 0; i < sections; i++)
        {
            var title = (await form.SectionButtons.Nth(i).InnerTextAsync()).Split('\n')[0].Trim();
            await form.SectionButtons.Nth(i).ClickAsync();
            await AccessibilityTests.AssertNoViolations(page, $"invullen, sectie {title}: ");
        }
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
