using Startfoto.TestSupport;

namespace Startfoto.Browser.Tests;

/// <summary>The platform as a server runs it: two-factor authentication required for Beheerder and Regioadviseur.</summary>
public sealed class TwoFactorPlatform : IAsyncLifetime
{
    readonly PostgresDatabase database = new();
    StartfotoServer? server;
    public BrowserSession Browser { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        server = new StartfotoServer(database.ConnectionString, new Dictionary<string, string?> { ["Accounts:RequireTwoFactor"] = "true" });
        Address = server.Start();
        Browser = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        if (server is not null) await server.DisposeAsync();
        await database.DisposeAsync();
    }
}
