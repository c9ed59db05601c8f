using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Web.Features.Accounts;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", Login).WithTags("Auth").AllowAnonymous()
            .Produces<AccessTokenResponse>()
            .WithSummary("Inloggen: geeft een bearer-token (respecteert blokkering en tweestapsverificatie).");
        app.MapGet("/api/me", Me).WithTags("Auth").RequireAuthorization()
            .WithSummary("De ingelogde gebruiker: rol en bereik.");
        return app;
    }

    static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> Login(
        LoginRequest login, SignInManager<StartfotoUser> signIn)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(login.Email)) errors["email"] = ["Vul uw e-mailadres in."];
        if (string.IsNullOrEmpty(login.Password)) errors["password"] = ["Vul uw wachtwoord in."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "De invoer is niet compleet.");

        // The bearer handler writes the token response itself when the sign-in succeeds (as MapIdentityApi does).
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.Email!.Trim(), login.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor && !string.IsNullOrEmpty(login.TwoFactorCode))
            result = await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorKey.Clean(login.TwoFactorCode), isPersistent: false, rememberClient: false);
        else if (result.RequiresTwoFactor && !string.IsNullOrEmpty(login.TwoFactorRecoveryCode))
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(login.TwoFactorRecoveryCode.Replace(" ", "", StringComparison.Ordinal));

        if (result.Succeeded)
            return TypedResults.Empty;
        var (reason, detail) = result switch
        {
            { IsLockedOut: true } => ("LockedOut", "Het account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."),
            { RequiresTwoFactor: true } => ("RequiresTwoFactor", "Tweestapsverificatie is vereist: stuur ook twoFactorCode mee (of twoFactorRecoveryCode)."),
            _ => ("Failed", "Onjuist e-mailadres, wachtwoord of code."),
        };
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Inloggen mislukt",
            extensions: new Dictionary<string, object?> { ["reason"] = reason });
    }

    static Ok<MeResponse> Me(ClaimsPrincipal user)
    {
        var actor = user.ToActor();
        return TypedResults.Ok(new MeResponse(
            actor.UserId, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "", user.DisplayName(),
            actor.Role, actor.GemeenteCode, actor.Jeugdregios, user.FindFirstValue(StartfotoClaims.TwoFactorEnabled) == "true"));
    }
}
