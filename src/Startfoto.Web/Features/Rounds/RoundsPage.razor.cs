using System.Collections.Immutable;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Components.Shared;
using Startfoto.Web.Features.Accounts;

namespace Startfoto.Web.Features.Rounds;

public partial class RoundsPage
{
    [Inject] CreateRound Create { get; set; } = default!;
    [Inject] ListRounds List { get; set; } = default!;
    [Inject] IDbContextFactory<StartfotoDb> Dbs { get; set; } = default!;
    [Inject] TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    sealed record VersionOption(string Key, int Version, string Title, QuestionnaireLevel Level);
    sealed record Option(string Code, string Name);

    Actor actor = Actor.Anonymous;
    RoundForm form = new();
    IReadOnlyList<RoundRow> rounds = [];
    IReadOnlyList<VersionOption> versions = [];
    IReadOnlyList<int> years = [];
    IReadOnlyList<Option> regios = [], gemeenten = [];
    ImmutableArray<Problem> problems = [];
    CreatedRound? created;
    bool busy;

    VersionOption? Chosen => versions.FirstOrDefault(v => RoundForm.QuestionnaireValue(v.Key, v.Version) == form.Questionnaire);
    bool RegioLevel => Chosen?.Level == QuestionnaireLevel.Jeugdregio;
    string DefaultTitle => Chosen is { } v && regios.FirstOrDefault(r => r.Code == form.JeugdregioCode) is { } r
        ? $"{v.Title} {form.Year} – {r.Name}" : "vragenlijst, jaar en jeugdregio";

    protected override async Task OnInitializedAsync()
    {
        actor = (await AuthenticationState).User.ToActor();
        var today = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        await using (var db = await Dbs.CreateDbContextAsync())
        {
            versions = await db.QuestionnaireVersions.OrderBy(v => v.Title).ThenByDescending(v => v.Version)
                .Select(v => new VersionOption(v.Key, v.Version, v.Title, v.Level)).ToListAsync();
            years = await db.Jeugdregios.Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync();
        }
        form.Year = years.Contains(today.Year) ? today.Year : years.Count > 0 ? years[0] : null;
        form.OpensOn = today;
        form.ClosesOn = today.AddMonths(2);
        await RegioChangedAsync();
        await LoadAsync();
    }

    async Task LoadAsync() => rounds = (await List.RunAsync(actor, default)).Value ?? [];

    Task QuestionnaireChangedAsync()
    {
        problems = [];
        return Task.CompletedTask;
    }

    /// <summary>Regio's and gemeenten as that year's indeling has them; every gemeente takes part until unticked.</summary>
    async Task RegioChangedAsync()
    {
        var own = actor.Jeugdregios.ToArray();
        await using var db = await Dbs.CreateDbContextAsync();
        regios = await db.Jeugdregios.Where(r => r.Year == form.Year && own.Contains(r.Code)).OrderBy(r => r.Name)
            .Select(r => new Option(r.Code, r.Name)).ToListAsync();
        if (!regios.Any(r => r.Code == form.JeugdregioCode))
            form.JeugdregioCode = regios.FirstOrDefault()?.Code ?? "";
        var found = await db.Gemeenten.Where(g => g.Year == form.Year && g.JeugdregioCode == form.JeugdregioCode)
            .Select(g => new Option(g.Code, g.Name)).ToListAsync();
        gemeenten = [.. found.OrderBy(g => g.Name, StringComparer.Create(DutchFormat.Culture, true))];
        form.Gemeenten = [.. gemeenten.Select(g => g.Code)];
    }

    void Toggle(string code, ChangeEventArgs e)
    {
        if (e.Value is true) form.Gemeenten.Add(code);
        else form.Gemeenten.Remove(code);
    }

    async Task CreateAsync()
    {
        created = null;
        var (input, formProblems) = form.ToInput(RegioLevel);
        List<Problem> found = [.. formProblems];
        if (!RegioLevel && form.Gemeenten.Count == 0) found.Add(RoundProblems.NoGemeenteChosen());
        if (found.Count > 0)
        {
            problems = [.. found];
            return;
        }
        busy = true;
        try
        {
            var outcome = await Create.RunAsync(actor, input, default);
            problems = outcome.Kind == Operations.OutcomeKind.Forbidden
                ? [new Problem("RND000", "U bent geen regioadviseur van deze jeugdregio.", new Location(Key: "jeugdregioCode"))]
                : outcome.Problems;
            created = outcome.Value;
            if (created is not null)
            {
                form.Title = "";
                await LoadAsync();
            }
        }
        finally
        {
            busy = false;
        }
    }
}
