using Microsoft.AspNetCore.Identity;

namespace Startfoto.Infrastructure.Identity;

/// <summary>An account. Its role says what it may do; its gemeente or jeugdregio's say where.</summary>
public sealed class StartfotoUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    /// <summary>For role Gemeente: the one gemeente this user answers for (several colleagues may share it).</summary>
    public string? GemeenteCode { get; set; }

    /// <summary>For role Regioadviseur: the jeugdregio's this adviseur works in.</summary>
    public List<RegioadviseurJeugdregio> Jeugdregios { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
