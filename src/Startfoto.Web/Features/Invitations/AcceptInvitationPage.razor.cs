using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Identity;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Invitations;

/// <summary>The invitee sets a password; the account gets the invitation's role and scope and is signed in.</summary>
public partial class AcceptInvitationPage
{

    [Inject] AcceptInvitation Accept { get; set; } = default!;
    [Inject] SignInManager<StartfotoUser> SignIn { get; set; } = default!;
    [Inject] IdentityRedirectManager Redirect { get; set; } = default!;

    [CascadingParameter] HttpContext HttpContext { get; set; } = default!;
    [Parameter] public string Token { get; set; } = "";
    [SupplyParameterFromForm] PasswordInput Input { get; set; } = default!;

    InvitationView? view;
    ImmutableArray<Problem> problems = [];

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        view = await Accept.FindAsync(Token, HttpContext.RequestAborted);
        if (view is { Status: not InvitationStatus.Pending })
            HttpContext.Response.StatusCode = StatusCodes.Status410Gone;
        else if (view is null)
        {
            // Blazor (.NET 10) swaps a page that sets 404 for the generic not-found page, and this page explains
            // the 404 itself: set the status only as the response starts.
            HttpContext.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            HttpContext.Response.OnStarting(() =>
            {
                HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        }
    }

    async Task AcceptAsync()
    {
        if (view is not { Status: InvitationStatus.Pending })
            return;
        if (Input.Password != Input.ConfirmPassword)
        {
            problems = [InvitationProblems.PasswordsDiffer()];
            return;
        }
        var outcome = await Accept.RunAsync(Token, Input.Password, HttpContext.RequestAborted);
        if (outcome.Value is not { } user)
        {
            problems = outcome.Kind == OutcomeKind.Invalid ? outcome.Problems : [InvitationProblems.NotPending(InvitationStatus.Revoked)];
            return;
        }
        await SignIn.SignInAsync(user, isPersistent: false);
        Redirect.RedirectTo(StartPage.For(view.Role));
    }

    sealed class PasswordInput
    {
        [Required(ErrorMessage = "Kies een wachtwoord.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Herhaal het wachtwoord.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
