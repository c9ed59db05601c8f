using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Startfoto.Browser.Tests;

/// <summary>The whole web app on a real Kestrel port, against a real PostgreSQL database, as the browser sees it.</summary>
public sealed class StartfotoServer : WebApplicationFactory<Program>
{
    readonly string connectionString;
    readonly IReadOnlyDictionary<string, string?> settings;

    public StartfotoServer(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.connectionString = connectionString;
        this.settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Startfoto", connectionString);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public Uri Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }
}
