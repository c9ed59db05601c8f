using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Identity;
using Startfoto.TestSupport;

namespace Startfoto.Web.Tests.Support;

/// <summary>
/// The whole web app in process, on its own fresh PostgreSQL database, in the "Testing" environment (no demo data).
/// One per test class; tests make their own gemeenten and users with unique codes and e-mail addresses.
/// </summary>
public class WebApp : IAsyncLifetime
{
    readonly PostgresDatabase database = new();
    int nextJeugdregio, nextGemeente;

    public const int Year = 2024;
    public const string Password = "Test-wachtwoord-2024!";

    public WebApplicationFactory<Program> Factory { get; private set; } = default!;

    /// <summary>Set only when <see cref="UsesFakeTime"/>: the clock the app reads.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    protected virtual bool RequireTwoFactor => false;
    protected virtual bool UsesFakeTime => false;

    /// <summary>The questionnaires folder registered at start-up; null switches the scan off.</summary>
    protected virtual string? QuestionnaireFolder => null;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("ConnectionStrings:Startfoto", database.ConnectionString);
            web.UseSetting("Accounts:RequireTwoFactor", RequireTwoFactor ? "true" : "false");
            // Each test makes its own jeugdregio's and gemeenten; the real indeling would only be in the way.
            web.UseSetting("Database:SeedIndeling", "false");
            // Tests register their own definitions; the shipped folder has its own test against the registry.
            web.UseSetting("Questionnaires:RegisterOnStartup", QuestionnaireFolder is null ? "false" : "true");
            if (QuestionnaireFolder is { } folder)
                web.UseSetting("Questionnaires:Folder", folder);
            if (UsesFakeTime)
                web.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Time));
        });
        _ = Factory.Server;
    }

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }

    public StartfotoDb CreateDb() => database.CreateDb();

    /// <summary>A browser: keeps cookies, does not follow redirects so tests see where they go.</summary>
    public Browser NewBrowser() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A jeugdregio of <see cref="Year"/> with fresh codes and the given number of gemeenten.</summary>
    public async Task<TestRegio> NewRegioAsync(int gemeenten = 2)
    {
        var code = $"JZ{Interlocked.Increment(ref nextJeugdregio):00}";
        var regio = new Jeugdregio { Year = Year, Code = code, Name = $"Testregio {code}" };
        for (var i = 0; i < gemeenten; i++)
        {
            var gemeente = $"GM{Interlocked.Increment(ref nextGemeente):0000}";
            regio.Gemeenten.Add(new Gemeente
            {
                Year = Year, Code = gemeente, Name = $"Testgemeente {gemeente}", JeugdregioCode = code,
                ProvincieCode = "PV28", ProvincieName = "Zuid-Holland",
            });
        }
        await using var db = CreateDb();
        db.Jeugdregios.Add(regio);
        await db.SaveChangesAsync();
        return new TestRegio(code, regio.Name, [.. regio.Gemeenten.Select(g => g.Code)]);
    }

    /// <summary>An account made through the app's own UserManager, as an accepted invitation would.</summary>
    public async Task<TestUser> NewUserAsync(string role, string? gemeente = null, params string[] jeugdregios)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.startfoto.nl";
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StartfotoUser>>();
        var user = new StartfotoUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role} {email[..8]}",
            GemeenteCode = gemeente, CreatedAt = DateTimeOffset.UtcNow,
            Jeugdregios = [.. jeugdregios.Select(code => new RegioadviseurJeugdregio { JeugdregioCode = code })],
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        return new TestUser(user.Id, email, Password, role, user.DisplayName);
    }

    /// <summary>Turns 2FA on for a user as enrolment would, and returns the shared key for the authenticator.</summary>
    public async Task<string> EnableTwoFactorAsync(TestUser testUser)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StartfotoUser>>();
        var user = (await users.FindByIdAsync(testUser.Id.ToString()))!;
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(TestUser testUser)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StartfotoUser>>();
        var user = (await users.FindByIdAsync(testUser.Id.ToString()))!;
        return [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 3))!];
    }

    static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

}
