using System.Collections.Immutable;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Startfoto.Domain.Problems;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Results;

/// <summary>
/// A response's result with its reasons: tier and the rule that gave it, per theme score, coverage and need, each item's
/// contribution, the explanation, the overrides and the history. The regioadviseur of the regio may set another tier.
/// Only a current result is shown; otherwise the page says why there is none ("wordt herberekend").
/// </summary>
public partial class ResultsPage
{
    [Parameter] public Guid ResponseId { get; set; }
    [Inject] LoadResponseScore Load { get; set; } = default!;
    [Inject] OverrideTier Override { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    Actor actor = Actor.Anonymous;
    ResponseScoreView? view;
    bool loaded;
    string message = "";
    ImmutableArray<Problem> problems = [];

    string NoResultText => view!.ScoreStatus switch
    {
        ScoreStatus.Recomputing => $"De uitslag wordt herberekend met regelversie {view.NewestRulesVersion}. Kom straks terug.",
        ScoreStatus.NoRules => "Deze vragenlijst heeft geen scoreregels; er is geen uitslag.",
        _ => "Er is nog geen uitslag: de vragenlijst is nog niet ingediend.",
    };

    protected override async Task OnParametersSetAsync()
    {
        actor = (await AuthenticationState).User.ToActor();
        await LoadAsync();
    }

    async Task LoadAsync()
    {
        view = (await Load.RunAsync(actor, ResponseId, default)).Value;
        loaded = true;
    }

    async Task<bool> OverrideAsync(TierOverrideInput input)
    {
        var outcome = await Override.RunAsync(actor, ResponseId, input, default);
        problems = outcome.Kind switch
        {
            OutcomeKind.Ok => [],
            OutcomeKind.Invalid or OutcomeKind.Conflict => outcome.Problems,
            _ => [new Problem("RES000", "U mag de intensiteit van deze respons niet aanpassen.", new Location(Key: "status"))],
        };
        message = outcome.IsOk ? $"De intensiteit is aangepast naar '{outcome.Value!.ToTier}'." : "";
        await LoadAsync();
        // The form calls this as a plain delegate, so only the form re-renders by itself: the tier and history are here.
        StateHasChanged();
        return outcome.IsOk;
    }
}
