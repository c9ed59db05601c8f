using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;

namespace Startfoto.Browser.Tests;

/// <summary>axe-core's WCAG 2.1 A and AA rules on the pages every user sees first.</summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class AccessibilityTests(DemoPlatform platform)
{
    static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task The_login_page_has_no_wcag_violations()
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        await new LoginPage(page).OpenAsync();

        await AssertNoViolations(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("beheerder@startfoto.local", "/beheer/indeling")]
    [InlineData("beheerder@startfoto.local", "/beheer/vragenlijsten")]
    [InlineData("ozj@startfoto.local", "/scoreregels")]
    [InlineData("regioadviseur@startfoto.local", "/regio/uitnodigingen")]
    [InlineData("regioadviseur@startfoto.local", "/regio/rondes")]
    [InlineData("gemeente.leiden@startfoto.local", "/gemeente")]
    public async Task A_role_page_has_no_wcag_violations(string email, string path)
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync(email, DemoAccountsTests.Password);
        await page.WaitForURLAsync(url => !url.Contains("/account/inloggen", StringComparison.Ordinal));
        await page.GotoAsync(path);
        await IndelingPageTests.WaitUntilInteractive(page);

        await AssertNoViolations(page);
        await page.Context.CloseAsync();
    }

    /// <summary>Every section, with the required questions marked (so messages and aria-invalid are checked too).</summary>
    [Theory]
    [InlineData(PreviewPageTests.Key)]
    [InlineData("startfoto")]
    [InlineData("robuustheidsscan")]
    public async Task Every_section_of_a_questionnaire_preview_has_no_wcag_violations(string key)
    {
        await platform.RegisterQuestionnaireAsync("alle-vraagtypen.json");
        var page = await platform.Browser.NewPageAsync(platform.Address);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync("beheerder@startfoto.local", DemoAccountsTests.Password);
        await page.WaitForURLAsync(url => !url.Contains("/account/inloggen", StringComparison.Ordinal));
        var form = new FillInFormPage(page);
        await form.OpenPreviewAsync(key, 1);
        await form.CheckRequiredAsync();

        var sections = await form.SectionButtons.CountAsync();
        Assert.True(sections > 1, $"{key} shows {sections} sections");
        for (var i = 0; i < sections; i++)
        {
            var title = await form.SectionButtons.Nth(i).Locator(".section-title").InnerTextAsync();
            await form.OpenSectionAsync(title);
            await AssertNoViolations(page, $"{key}, sectie {title}: ");
        }
        await page.Context.CloseAsync();
    }

    internal static async Task AssertNoViolations(IPage page, string where = "")
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.NotEmpty(result.Passes); // axe really ran its rules on this page
        Assert.True(result.Violations.Length == 0, where + string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
    }
}
