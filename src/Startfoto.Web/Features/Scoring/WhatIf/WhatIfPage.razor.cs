using System.Collections.Immutable;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Scoring;
using Startfoto.Web.Features.Accounts;

namespace Startfoto.Web.Features.Scoring.WhatIf;

public partial class WhatIfPage
{
    [Inject] WhatIfChoices Choices { get; set; } = default!;
    [Inject] RunWhatIf Run { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    IReadOnlyList<WhatIfChoices.Choice> choices = [];
    string chosen = "";
    ScoringRules? basis;
    SandboxForm? form;
    IReadOnlyList<(string Key, string Title)> themes = [];
    WhatIfView? view;
    ImmutableArray<Problem> problems = [];
    bool busy;

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
        (view, problems, basis, form) = (null, [], null, null);
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
        (form, view, problems) = (SandboxForm.Of(basis), null, []);
    }

    async Task CalculateAsync()
    {
        if (form is null || basis is null || Chosen is not { } q) return;
        busy = true;
        try
        {
            var actor = (await AuthenticationState).User.ToActor();
            var outcome = await Run.RunAsync(actor, q.Key, q.Version, form.ApplyTo(basis), default);
            (view, problems) = (outcome.Value, outcome.Problems);
        }
        finally
        {
            busy = false;
        }
    }

    static string Difference(int d) => d switch { > 0 => $"+{d}", 0 => "0", _ => $"{d}" };
}
