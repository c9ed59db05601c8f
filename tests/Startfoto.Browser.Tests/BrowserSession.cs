using Microsoft.Playwright;

namespace Startfoto.Browser.Tests;

/// <summary>Debian's Chromium driven by Playwright; the test run never downloads a browser.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    IPlaywright? playwright;
    public IBrowser Browser { get; private set; } = null!;

    public static async Task<BrowserSession> LaunchAsync()
    {
        var session = new BrowserSession { playwright = await Playwright.CreateAsync() };
        session.Browser = await session.playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // The machine has no network: without these Chromium keeps trying to reach Google at start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        return session;
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = baseAddress.ToString(), Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
