namespace Startfoto.Cli;

static class ConnectionString
{
    /// <summary>The CLI reads the same variable as the app; ./startfoto sets it to the private cluster when it is unset.</summary>
    public static string FromEnvironment() =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Startfoto") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("ConnectionStrings__Startfoto is niet gezet; gebruik ./startfoto, dat de database regelt.");
}
