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

public partial class RegioInvitationsPage
{
    [Inject] CreateInvitation Create { get; set; } = default!;
    [Inject] ListInvitations List { get; set; } = default!;
    [Inject] RevokeInvitation Revoke { get; set; } = default!;
    [Inject] IDbContextFactory<StartfotoDb> Dbs { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    sealed record GemeenteOption(string Code, string Label);

    Actor actor = Actor.Anonymous;
    int? year;
    InvitationForm form = new() { Role = Role.Gemeente };
    IReadOnlyList<GemeenteOption> gemeenten = [];
    IReadOnlyList<InvitationRow> rows = [];
    ImmutableArray<Problem> problems = [], revokeProblems = [];
    CreatedInvitation? created;
    string createdFor = "";

    protected override async Task OnInitializedAsync()
    {
        actor = (await AuthenticationState).User.ToActor();
        var regios = actor.Jeugdregios.ToArray();
        await using (var db = await Dbs.CreateDbContextAsync())
        {
            year = await CurrentIndeling.YearAsync(db, default);
            gemeenten = await db.Gemeenten.Where(g => g.Year == year && regios.Contains(g.JeugdregioCode))
                .OrderBy(g => g.Name)
                .Select(g => new GemeenteOption(g.Code, g.Name + " (" + g.Jeugdregio!.Name + ")")).ToListAsync();
        }
        await LoadAsync();
    }

    async Task LoadAsync() => rows = (await List.RunAsync(actor, default)).Value ?? [];

    async Task CreateAsync(InvitationForm submitted)
    {
        var outcome = await Create.RunAsync(actor, submitted.ToInput() with { Role = Role.Gemeente }, default);
        problems = outcome.Problems;
        created = outcome.Value;
        if (created is null)
        {
            if (outcome.Problems.IsDefaultOrEmpty)
                problems = [new Problem("INV000", "Deze gemeente valt niet onder uw jeugdregio's.", new Location(Key: "gemeenteCode"))];
            return;
        }
        createdFor = submitted.DisplayName;
        form = new InvitationForm { Role = Role.Gemeente, GemeenteCode = submitted.GemeenteCode };
        await LoadAsync();
    }

    async Task RevokeAsync(InvitationRow row)
    {
        revokeProblems = (await Revoke.RunAsync(actor, row.Id, default)).Problems;
        await LoadAsync();
    }
}
