using Microsoft.AspNetCore.Identity;
using Startfoto.Domain.Accounts;

namespace Startfoto.Web.Features.Accounts;

/// <summary>Creates the five roles if missing; run at every start.</summary>
sealed class RoleSeed(RoleManager<IdentityRole<Guid>> roles, ILogger<RoleSeed> log)
{
    public async Task RunAsync()
    {
        foreach (var name in Role.All)
        {
            if (await roles.RoleExistsAsync(name))
                continue;
            var result = await roles.CreateAsync(new IdentityRole<Guid>(name));
            if (!result.Succeeded)
                throw new InvalidOperationException($"Rol {name} aanmaken mislukt: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            log.LogInformation("Rol {Role} aangemaakt", name);
        }
    }
}
