using Microsoft.Playwright;
using Startfoto.Browser.Tests.Pages;
using Startfoto.Infrastructure.Indeling;

namespace Startfoto.Browser.Tests;

/// <summary>The Beheerder imports a year's indeling on /beheer/indeling: a bad file changes nothing, a good one is reported.</summary>
[Collection(nameof(DemoPlatformCollection))]
public sealed class IndelingPageTests(DemoPlatform platform)
{
    [Fact]
    public async Task A_bad_file_is_refused_with_located_messages_and_a_good_file_is_imported_with_its_report()
    {
        var page = await platform.Browser.NewPageAsync(platform.Address);
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).LogInAsync("beheerder@startfoto.local", DemoAccountsTests.Password);
        await page.WaitForURLAsync("**/beheer");
        await WaitUntilInteractive(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Indeling", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/beheer/indeling");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gemeente- en jeugdregio-indeling");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download CSV 2024" })).ToBeVisibleAsync();
        await WaitUntilInteractive(page);

        var bad = "gemeentecode;gemeentenaam;jeugdregiocode;jeugdregionaam;provinciecode;provincienaam\n"
            + "GM0599;Rotterdam;JZ29;Rijnmond;PV28;Zuid-Holland\nGM12;Kapot;JZ29;Rijnmond;PV28;Zuid-Holland\n";
        await Import(page, 2031, "indeling.csv", System.Text.Encoding.UTF8.GetBytes(bad));

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("Er is niets geïmporteerd");
        await Assertions.Expect(alert).ToContainTextAsync("rij 3, kolom gemeentecode");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "2031", Exact = true })).ToHaveCountAsync(0);

        await Import(page, 2031, "gemeenten.csv", IndelingSeed.Csv(2024));

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Indeling 2031 geïmporteerd: 342 gemeenten in 42 jeugdregio's");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download CSV 2031" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    static async Task Import(IPage page, int year, string name, byte[] content)
    {
        await page.GetByLabel("Jaar").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Bestand (CSV of XLSX, ten hoogste 5 MB)").SetInputFilesAsync(
            new FilePayload { Name = name, MimeType = "text/csv", Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren en importeren" }).ClickAsync();
    }

    // Blazor Server: a click before the circuit is up is lost; wait for the Blazor connection, not for a fixed time.
    internal static Task WaitUntilInteractive(IPage page) =>
        page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('[data-interactive]') !== null");
}
