using System.Collections.Immutable;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.Gemeenten;

namespace Startfoto.Web.Features.Invitations;

public partial class AdminInvitationsPage
{
    [Inject] CreateInvitation Create { get; set; } = default!;
    [Inject] ListInvitations List { get; set; } = default!;
    [Inject] RevokeInvitation Revoke { get; set; } = default!;
    [Inject] IDbContextFactory<StartfotoDb> Dbs { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    sealed record RoleOption(string Role, string Label);
    sealed record RegioOption(string Code, string Label);

    static readonly RoleOption[] roles =
        [.. new[] { Role.Regioadviseur, Role.OZJ, Role.Landelijk, Role.Beheerder }.Select(r => new RoleOption(r, RoleLabels.Describe(r)))];

    Actor actor = Actor.Anonymous;
    InvitationForm form = new() { Role = Role.Regioadviseur };
    IReadOnlyList<RegioOption> regios = [];
    IReadOnlyList<InvitationRow> rows = [];
    ImmutableArray<Problem> problems = [], revokeProblems = [];
    CreatedInvitation? created;
    string createdFor = "";

    protected override async Task OnInitializedAsync()
    {
        actor = (await AuthenticationState).User.ToActor();
        await using (var db = await Dbs.CreateDbContextAsync())
        {
            var year = await CurrentIndeling.YearAsync(db, default);
            regios = await db.Jeugdregios.Where(r => r.Year == year).OrderBy(r => r.Name)
                .Select(r => new RegioOption(r.Code, r.Name + " (" + r.Code + ")")).ToListAsync();
        }
        await LoadAsync();
    }

    async Task LoadAsync() => rows = (await List.RunAsync(actor, default)).Value ?? [];

    async Task CreateAsync(InvitationForm submitted)
    {
        var outcome = await Create.RunAsync(actor, submitted.ToInput(), default);
        problems = outcome.Problems;
        created = outcome.Value;
        if (created is null)
        {
            if (outcome.Problems.IsDefaultOrEmpty)
                problems = [new Problem("INV000", "U mag deze uitnodiging niet maken.", new Location(Key: ""))];
            return;
        }
        createdFor = submitted.DisplayName;
        form = new InvitationForm { Role = submitted.Role };
        await LoadAsync();
    }

    async Task RevokeAsync(InvitationRow row)
    {
        revokeProblems = (await Revoke.RunAsync(actor, row.Id, default)).Problems;
        await LoadAsync();
    }
}
