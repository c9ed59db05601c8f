using System.Collections.Immutable;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Domain.Scoring;
using Startfoto.Web.Features.Accounts;

namespace Startfoto.Web.Features.Scoring.WhatIf;

public partial class WhatIfPage
{
    [Inject] WhatIfChoices Choices { get; set; } = default!;
    [Inject] RunWhatIf Run { get; set; } = default!;
    [Inject] PublishScoringRules Publish { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    IReadOnlyList<WhatIfChoices.Choice> choices = [];
    string chosen = "";
    ScoringRules? basis;
    SandboxForm? form;
    IReadOnlyList<(string Key, string Title)> themes = [];
    WhatIfView? view;
    ImmutableArray<Problem> problems = [];
    bool busy;
    ScoringRules? calculated; // what the shown outcome was calculated with: the only rules that may be published
    PublishedRules? published;

    protected override async Task OnInitializedAsync()
    {
        choices = await Choices.ListAsync(default);
        if (choices.Count > 0)
        {
            chosen = Value(choices[0]);
            await ChooseAsync();
        }
    }

    static string Value(WhatIfChoices.Choice c) => $"{c.Key}@{c.Version}";

    (string Key, int Version)? Chosen => choices.FirstOrDefault(c => Value(c) == chosen) is { } c ? (c.Key, c.Version) : null;

    async Task ChooseAsync()
    {
        (view, problems, basis, form, calculated) = (null, [], null, null, null);
        if (Chosen is not { } q) return;
        basis = await Run.CurrentRulesAsync(q.Key, q.Version, default);
        form = basis is null ? null : SandboxForm.Of(basis);
        themes = basis is null ? [] : await ThemesAsync(q.Key, q.Version);
    }

    async Task<IReadOnlyList<(string, string)>> ThemesAsync(string key, int version) =>
        (await Run.ThemesAsync(key, version, default)).ToList();

    void Reset()
    {
        if (basis is null) return;
        (form, view, problems, calculated, published) = (SandboxForm.Of(basis), null, [], null, null);
    }

    async Task CalculateAsync()
    {
        if (form is null || basis is null || Chosen is not { } q) return;
        busy = true;
        try
        {
            var actor = (await AuthenticationState).User.ToActor();
            var rules = form.ApplyTo(basis);
            var outcome = await Run.RunAsync(actor, q.Key, q.Version, rules, default);
            (view, problems, calculated, published) = (outcome.Value, outcome.Problems, outcome.IsOk ? rules : null, null);
        }
        finally
        {
            busy = false;
        }
    }

    /// <summary>Changed since the last calculation: publishing then would publish rules nobody has seen the effect of.</summary>
    bool ChangedSinceCalculation => calculated is null || form is null || basis is null
        || ScoringJsonWriter.Write(calculated) != ScoringJsonWriter.Write(form.ApplyTo(basis));

    async Task PublishAsync()
    {
        if (calculated is null || Chosen is not { } q) return;
        if (ChangedSinceCalculation)
        {
            problems = [new Problem("WIF002", "U heeft de regels gewijzigd na het doorrekenen; reken eerst opnieuw door.", new Location(Key: ""))];
            return;
        }
        busy = true;
        try
        {
            var actor = (await AuthenticationState).User.ToActor();
            var outcome = await Publish.RunAsync(actor, q.Key, q.Version, calculated, default);
            problems = outcome.Problems;
            if (!outcome.IsOk) return;
            published = outcome.Value;
            choices = await Choices.ListAsync(default);
            basis = await Run.CurrentRulesAsync(q.Key, q.Version, default);
            (form, view, calculated) = (basis is null ? null : SandboxForm.Of(basis), null, null);
        }
        finally
        {
            busy = false;
        }
    }

    static string Difference(int d) => d switch { > 0 => $"+{d}", 0 => "0", _ => $"{d}" };
}
