using Microsoft.Playwright;

namespace Startfoto.Browser.Tests.Pages;

/// <summary>The Dutch login page, found by its labels and roles so the test also proves they exist.</summary>
public sealed class LoginPage(IPage page)
{
    public Task OpenAsync() => page.GotoAsync("/account/inloggen");

    public async Task LogInAsync(string email, string password)
    {
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Alert => page.GetByRole(AriaRole.Alert);
}
