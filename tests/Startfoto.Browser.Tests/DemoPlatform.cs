using Startfoto.TestSupport;

namespace Startfoto.Browser.Tests;

/// <summary>
/// One running platform as ./startfoto run starts it (Development, demo accounts, 2FA off), plus a browser.
/// Shared by the browser tests of one collection; each test opens its own browser context.
/// </summary>
public sealed class DemoPlatform : IAsyncLifetime
{
    readonly PostgresDatabase database = new();
    StartfotoServer? server;
    public BrowserSession Browser { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;
    public string ConnectionString => database.ConnectionString;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        server = new StartfotoServer(database.ConnectionString, new Dictionary<string, string?> { ["Accounts:RequireTwoFactor"] = "false" });
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

[CollectionDefinition(nameof(DemoPlatformCollection))]
public sealed class DemoPlatformCollection : ICollectionFixture<DemoPlatform>;
