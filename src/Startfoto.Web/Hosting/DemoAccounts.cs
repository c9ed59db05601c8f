using Microsoft.AspNetCore.Identity;
using Startfoto.Domain.Accounts;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Web.Hosting;

/// <summary>Development only: one account per role, created once; a second start changes nothing.</summary>
sealed class DemoAccounts(UserManager<StartfotoUser> users, TimeProvider time, ILogger<DemoAccounts> log)
{
    public const string Password = "Startfoto-demo-2024!";

    static readonly (string Email, string Name, string Role, string? Gemeente, string[] Jeugdregios)[] Accounts =
    [
        ("beheerder@startfoto.local", "Demo Beheerder", Role.Beheerder, null, []),
        ("regioadviseur@startfoto.local", "Demo Regioadviseur", Role.Regioadviseur, null, ["JZ18", "JZ29"]),
        ("gemeente.leiden@startfoto.local", "Demo Gemeente Leiden", Role.Gemeente, "GM0546", []),
        ("collega.leiden@startfoto.local", "Demo Collega Leiden", Role.Gemeente, "GM0546", []),
        ("gemeente.alphen@startfoto.local", "Demo Gemeente Alphen aan den Rijn", Role.Gemeente, "GM0484", []),
        ("gemeente.rotterdam@startfoto.local", "Demo Gemeente Rotterdam", Role.Gemeente, "GM0599", []),
        ("ozj@startfoto.local", "Demo OZJ", Role.OZJ, null, []),
        ("landelijk@startfoto.local", "Demo Landelijk", Role.Landelijk, null, []),
    ];

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var (email, name, role, gemeente, jeugdregios) in Accounts)
        {
            ct.ThrowIfCancellationRequested();
            if (await users.FindByEmailAsync(email) is not null)
                continue;
            var user = new StartfotoUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, GemeenteCode = gemeente,
                CreatedAt = time.GetUtcNow(),
                Jeugdregios = [.. jeugdregios.Select(code => new RegioadviseurJeugdregio { JeugdregioCode = code })],
            };
            Check(await users.CreateAsync(user, Password), email);
            Check(await users.AddToRoleAsync(user, role), email);
            log.LogInformation("Demo-account {Email} ({Role}) aangemaakt", email, role);
        }
    }

    static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo-account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
