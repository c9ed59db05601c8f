using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn;

namespace Startfoto.Web.Features.Conversation;

/// <summary>
/// The verdiepende gesprek of a Robuustheidsscan: per criterion the regio's self-scan next to the regioadviseur's
/// conversation fields. The page owns the answers and their evaluation; each change is saved at once (see the
/// Saving part), and an oordeel that differs from the self-scan asks for a motivering under that field.
/// </summary>
public partial class ConversationPage
{
    [Inject] LoadResponseForm Load { get; set; } = default!;
    [Inject] TimeProvider Time { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Parameter] public Guid ResponseId { get; set; }

    Actor actor = Actor.Anonymous;
    bool loading = true, mayEdit;
    ResponseForm? form;
    AnswerSet? answers;
    QuestionnaireEvaluation? evaluation;
    IReadOnlyDictionary<string, string> levels = new Dictionary<string, string>();
    Dictionary<string, string> motivationProblems = [];
    IReadOnlyList<CriterionRow> rows = [];

    protected override async Task OnParametersSetAsync()
    {
        loading = true;
        actor = (await AuthenticationState).User.ToActor();
        var outcome = await Load.RunAsync(actor, ResponseId, disposed.Token);
        form = outcome.IsOk ? outcome.Value : null;
        if (form is not null)
        {
            mayEdit = form.Context.Rights.MayRecordConversation;
            // Taken-over answers the regio has not confirmed are no part of its self-scan yet.
            answers = Completeness.ConfirmedOnly(form.ToAnswerSet(), form.Unconfirmed.Keys);
            evaluation = form.Questionnaire.NewEvaluation();
            ResetSaves(form);
            Evaluate();
        }
        loading = false;
    }

    void Evaluate()
    {
        evaluation!.Run(answers!.Values, DateOnly.FromDateTime(Time.GetLocalNow().DateTime));
        levels = SelfScanLevels.Of(evaluation);
        motivationProblems = ConversationCheck.Check(evaluation, levels.GetValueOrDefault)
            .ToDictionary(p => p.At.Key!, p => p.Message, StringComparer.Ordinal);
        rows = CriterionRows.Of(evaluation, levels);
    }

    /// <summary>The field as evaluated, with the ConversationCheck's message when its oordeel needs a motivering.</summary>
    QuestionState StateOf(string key)
    {
        var state = evaluation![key];
        return motivationProblems.TryGetValue(key, out var message) ? state with { Message = message } : state;
    }

    void Apply(string key, Domain.Expressions.Value value)
    {
        answers![key] = value;
        Evaluate();
    }
}
