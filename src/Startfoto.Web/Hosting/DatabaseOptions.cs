namespace Startfoto.Web.Hosting;

/// <summary>Section "Database" (env <c>Database__MigrateOnStartup</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply EF migrations at start. Off where a DBA runs migrations/startfoto.sql instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
