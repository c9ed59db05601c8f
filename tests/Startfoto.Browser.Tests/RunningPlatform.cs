using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.TestSupport;

namespace Startfoto.Browser.Tests;

/// <summary>
/// The whole platform as ./startfoto run starts it (Development: the real indeling and the demo accounts) on its own
/// database, plus a browser. Shared by the tests of one class or collection; each test opens its own browser context.
/// </summary>
public abstract class RunningPlatform(bool requireTwoFactor) : IAsyncLifetime
{
    readonly PostgresDatabase database = new();
    StartfotoServer? server;
    BrowserSession? browser;
    public BrowserSession Browser => browser ?? throw new InvalidOperationException("The platform did not start.");
    public Uri Address { get; private set; } = null!;

    /// <summary>The platform's database, for tests that set up what another feature's page would (a round with its responses).</summary>
    public string ConnectionString => database.ConnectionString;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        server = new StartfotoServer(database.ConnectionString,
            new Dictionary<string, string?> { ["Accounts:RequireTwoFactor"] = requireTwoFactor ? "true" : "false" });
        Address = server.Start();
        browser = await BrowserSession.LaunchAsync();
    }

    /// <summary>Registers a definition from tests/fixtures/questionnaires, as a Beheerder's upload would; again is a no-op.</summary>
    public async Task RegisterQuestionnaireAsync(string fixture)
    {
        var file = Fixtures.Questionnaire(fixture);
        var registered = await QuestionnaireRegistry.ForConnectionString(database.ConnectionString)
            .RegisterAsync(await File.ReadAllBytesAsync(file), Path.GetFileName(file), DefinitionSource.Upload, null, default);
        Assert.True(registered.Ok, string.Join("\n", registered.Problems.Select(p => p.ToLine())));
    }

    /// <summary>The app's services, for a test to do through the app's own operations what another page would.</summary>
    public IServiceProvider Services => server?.Services ?? throw new InvalidOperationException("The platform did not start.");

    /// <summary>The platform's own database, for a test to set up what the UI of another feature would.</summary>
    public Startfoto.Infrastructure.Data.StartfotoDb CreateDb() => database.CreateDb();

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        if (server is not null) await server.DisposeAsync();
        await database.DisposeAsync();
    }
}

/// <summary>The local demo: two-factor authentication off, as ./startfoto run sets it.</summary>
public sealed class DemoPlatform() : RunningPlatform(requireTwoFactor: false);

/// <summary>As a server runs it: two-factor authentication required for Beheerder and Regioadviseur.</summary>
public sealed class TwoFactorPlatform() : RunningPlatform(requireTwoFactor: true);

[CollectionDefinition(nameof(DemoPlatformCollection))]
public sealed class DemoPlatformCollection : ICollectionFixture<DemoPlatform>;
