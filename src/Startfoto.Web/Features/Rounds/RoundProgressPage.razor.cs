using System.Collections.Immutable;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Startfoto.Domain.Problems;
using Startfoto.Web.Components.Shared;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Rounds;

public partial class RoundProgressPage
{
    [Parameter] public Guid Id { get; set; }
    [Inject] RoundProgress Progress { get; set; } = default!;
    [Inject] ApproveResponse Approve { get; set; } = default!;
    [Inject] ReopenResponse Reopen { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    Actor actor = Actor.Anonymous;
    RoundProgressView? view;
    bool loaded;
    string message = "";
    Guid problemsOf;
    ImmutableArray<Problem> problems = [];

    bool MayReviewAny => view?.Responses.Any(r => r.MayReview) == true;

    protected override async Task OnParametersSetAsync()
    {
        actor = (await AuthenticationState).User.ToActor();
        await LoadAsync();
    }

    async Task LoadAsync()
    {
        view = (await Progress.RunAsync(actor, Id, default)).Value;
        loaded = true;
    }

    ImmutableArray<Problem> ProblemsFor(Guid response) => response == problemsOf ? problems : [];

    Task ApproveAsync(ResponseProgress response) =>
        ChangeAsync(response, Approve.RunAsync(actor, response.Id, default), "goedgekeurd");

    Task<bool> ReopenAsync((ResponseProgress Response, string Reason) request) =>
        ChangeAsync(request.Response, Reopen.RunAsync(actor, request.Response.Id, new ReopenInput(request.Reason), default), "heropend");

    async Task<bool> ChangeAsync(ResponseProgress response, Task<Outcome<ResponseStatusChanged>> change, string done)
    {
        var outcome = await change;
        (problemsOf, problems) = (response.Id, outcome.Kind switch
        {
            OutcomeKind.Invalid => outcome.Problems,
            OutcomeKind.Ok => [],
            _ => [new Problem("RND000", "U mag deze respons niet beoordelen.", new Location(Key: "status"))],
        });
        message = outcome.IsOk ? $"{response.Respondent} is {done}." : "";
        await LoadAsync();
        return outcome.IsOk;
    }

    /// <summary>Without a current result: why not, or a dash before submission.</summary>
    static string ScoreText(ScoreSummary score) => score.Status == Results.ScoreStatus.NotSubmitted ? "–" : score.State;

    static string Reminders(IReadOnlyList<int> days) => days.Count == 0
        ? "geen"
        : string.Join(", ", days.Order().Reverse()) + " dagen vóór de sluitdatum";
}
