using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Web.Features.Accounts;

public static class AccountsFeature
{
    /// <summary>Identity on StartfotoDb: cookie for pages, cookie or bearer token for /api, lockout, 2FA gate.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section)
            .Validate(o => o.InvitationLifetime > TimeSpan.Zero, "Accounts:InvitationLifetime moet groter dan nul zijn.")
            .ValidateOnStart();

        services.AddAuthentication(o => o.DefaultScheme = AuthSchemes.CookieOrBearer)
            .AddPolicyScheme(AuthSchemes.CookieOrBearer, "Cookie of bearer-token", o => o.ForwardDefaultSelector = AuthSchemes.Select)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "startfoto";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = AccountPaths.Login;
            o.LogoutPath = AccountPaths.Logout;
            o.AccessDeniedPath = AccountPaths.AccessDenied;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ApplicationCookieEvents.RedirectToLogin;
            o.Events.OnRedirectToAccessDenied = ApplicationCookieEvents.RedirectToAccessDenied;
        });

        services.AddIdentityCore<StartfotoUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<StartfotoDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<StartfotoClaimsFactory>();

        services.AddAuthorizationBuilder()
            .AddPolicy(AccountPolicies.TwoFactorEnrolment, p => p.AddRequirements(new TwoFactorEnrolment()));
        services.AddSingleton<IAuthorizationHandler, TwoFactorGate>();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<RoleSeed>();
        return builder;
    }
}
