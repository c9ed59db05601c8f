using Microsoft.Playwright;
using OtpNet;
using Startfoto.Browser.Tests.Pages;

namespace Startfoto.Browser.Tests;

/// <summary>With 2FA required, the regioadviseur enrols by scanning (here: reading) the key, then logs in with a code.</summary>
public sealed class TwoFactorTests(TwoFactorPlatform platform) : IClassFixture<TwoFactorPlatform>
{
    [Fact]
    public async Task A_regioadviseur_must_enrol_before_anything_else_and_then_logs_in_with_a_code()
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync("regioadviseur@startfoto.local", DemoAccountsTests.Password);

        await page.WaitForURLAsync("**/tweestapsverificatie**");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-code om Startfoto toe te voegen aan uw authenticator-app" })).ToBeVisibleAsync();
        await page.GotoAsync("/regio");
        await page.WaitForURLAsync("**/tweestapsverificatie**");

        var key = (await page.Locator("#sleutel").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Verificatiecode").FillAsync(Code(key, DateTime.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren en aanzetten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Uw herstelcodes");

        await page.GotoAsync("/regio");
        await Assertions.Expect(login.Heading).ToHaveTextAsync("Mijn jeugdregio's");

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await login.OpenAsync();
        await login.LogInAsync("regioadviseur@startfoto.local", DemoAccountsTests.Password);
        await page.WaitForURLAsync("**/inloggen/tweestaps**");
        await page.GetByLabel("Code uit de authenticator-app").FillAsync(Code(key, DateTime.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync("**/regio");
        await page.Context.CloseAsync();
    }

    // The login uses the next time step: the authenticator accepts a small window, and a code is not reused.
    static string Code(string base32Key, DateTime at) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(at);
}
