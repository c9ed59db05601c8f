using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;

namespace Startfoto.Browser.Tests;

/// <summary>What `./startfoto run` promises: every demo account logs in and reaches the start page of its role.</summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class DemoAccountsTests(DemoPlatform platform)
{
    public const string Password = "Startfoto-demo-2024!";

    [Theory]
    [InlineData("beheerder@startfoto.local", "/beheer", "Beheer")]
    [InlineData("regioadviseur@startfoto.local", "/regio", "Mijn jeugdregio's")]
    [InlineData("gemeente.leiden@startfoto.local", "/gemeente", "Gemeente Leiden")]
    [InlineData("gemeente.rotterdam@startfoto.local", "/gemeente", "Gemeente Rotterdam")]
    [InlineData("ozj@startfoto.local", "/ozj", "Ondersteuningsteam Zorg voor de Jeugd")]
    [InlineData("landelijk@startfoto.local", "/landelijk", "Landelijk overzicht")]
    public async Task Each_demo_account_logs_in_and_reaches_its_start_page(string email, string path, string heading)
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        var login = new LoginPage(page);
        await login.OpenAsync();

        await login.LogInAsync(email, Password);

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
        await Assertions.Expect(login.Heading).ToHaveTextAsync(heading);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_regioadviseur_sees_the_real_gemeenten_of_holland_rijnland_and_rijnmond()
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        var login = new LoginPage(page);
        await login.OpenAsync();

        await login.LogInAsync("regioadviseur@startfoto.local", Password);

        await page.WaitForURLAsync("**/regio");
        var main = page.GetByRole(AriaRole.Main);
        foreach (var name in new[] { "Holland Rijnland", "Rijnmond", "Leiden", "Kaag en Braassem", "Rotterdam", "Voorne aan Zee" })
            await Assertions.Expect(main).ToContainTextAsync(name);
        await Assertions.Expect(main).Not.ToContainTextAsync("Amsterdam");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_dutch_message()
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        var login = new LoginPage(page);
        await login.OpenAsync();

        await login.LogInAsync("gemeente.leiden@startfoto.local", "niet-het-wachtwoord");

        await Assertions.Expect(login.Alert).ToContainTextAsync("Onjuist e-mailadres of wachtwoord");
        Assert.EndsWith("/account/inloggen", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_login_form_works_with_the_keyboard_alone()
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        await new LoginPage(page).OpenAsync();

        for (var i = 0; i < 15 && await page.EvaluateAsync<string>("document.activeElement?.id ?? ''") != "email"; i++)
            await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("ozj@startfoto.local");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/ozj");
        await page.Context.CloseAsync();
    }
}
