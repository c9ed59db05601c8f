namespace Startfoto.Web.Hosting;

/// <summary>Section "Database" (env <c>Database__MigrateOnStartup</c>, <c>Database__SeedIndeling</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply EF migrations at start. Off where a DBA runs migrations/startfoto.sql instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the shipped CBS indeling for each shipped year that the database lacks (reference data, all environments).</summary>
    public bool SeedIndeling { get; set; } = true;
}
