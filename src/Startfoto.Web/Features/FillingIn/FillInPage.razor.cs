using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn.Form;
using Startfoto.Web.Features.Gemeenten;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>
/// Filling in one response: every change is saved at once (text after a pause in typing), one answer at a time against
/// the version the respondent saw; a colleague's newer answer is shown with the choice to take it or keep one's own.
/// The browser keeps a copy of every change until the server confirms it, and this page saves what it finds there.
/// </summary>
public partial class FillInPage
{
    [Inject] LoadResponseForm Load { get; set; } = default!;
    [Inject] SaveAnswers Save { get; set; } = default!;
    [Inject] SubmitResponse Submit { get; set; } = default!;
    [Inject] AssignSection Assign { get; set; } = default!;
    [Inject] ListGemeenteContacts Contacts { get; set; } = default!;
    [Inject] TimeProvider Time { get; set; } = default!;
    [Inject] IJSRuntime Js { get; set; } = default!;
    [Inject] ILogger<FillInPage> Log { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Parameter] public Guid ResponseId { get; set; }

    Actor actor = Actor.Anonymous;
    bool loading = true, showMissing, submitting, saving, ready;
    ResponseForm? form;
    AnswerSet? answers;
    QuestionnaireEvaluation? evaluation;
    Dictionary<string, string?> comments = [];
    readonly Dictionary<string, uint> versions = [];
    readonly Dictionary<string, AnswerView> views = [];
    readonly Dictionary<string, AnswerConflict> conflicts = [];
    readonly HashSet<string> dirty = [];
    IReadOnlyList<MissingAnswer> missing = [];
    IReadOnlyList<GemeenteContact> colleagues = [];
    string? sectionKey, pageProblem, statusText = "Alle wijzigingen zijn opgeslagen.";
    SaveState saveState = SaveState.Saved;
    LocalCopy? local;

    enum SaveState { Saved, Saving, Unsaved, Conflict }

    DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    // Prerendered HTML is not interactive: a click there would be lost, so inputs are enabled once the circuit runs.
    bool Editable => RendererInfo.IsInteractive && form is { Context.Rights.MayAnswer: true }
        && ResponseLifecycle.CheckEdit(form.Status, Today, form.Context.Round.OpensOn, form.Context.Round.ClosesOn) is null;

    string? CurrentSection => sectionKey ?? form?.Questionnaire.Definition.Sections.FirstOrDefault()?.Key;

    protected override async Task OnParametersSetAsync()
    {
        actor = (await AuthenticationState).User.ToActor();
        await LoadAsync();
        loading = false;
    }

    async Task LoadAsync()
    {
        var outcome = await Load.RunAsync(actor, ResponseId, default);
        form = outcome.IsOk ? outcome.Value : null;
        if (form is null) return;
        answers = form.ToAnswerSet();
        evaluation = form.Questionnaire.NewEvaluation();
        comments = form.Answers.Values.ToDictionary(a => a.Key, a => a.Comment);
        versions.Clear();
        views.Clear();
        foreach (var view in form.Answers.Values) (versions[view.Key], views[view.Key]) = (view.Version, view);
        if (form.Context.Response.GemeenteCode is { } gemeente && form.Context.Rights.MayAnswer)
        {
            var contacts = await Contacts.RunAsync(actor, form.Context.Response.Year, gemeente, default);
            colleagues = contacts.IsOk ? contacts.Value! : [];
        }
        Evaluate();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (form is null || ready) return;
        if (Editable)
        {
            local = new LocalCopy(Js, ResponseId);
            await local.StartAsync(versions);
            await RestoreAsync();
        }
        ready = true;
        StateHasChanged();
    }

    void Evaluate()
    {
        evaluation!.Run(answers!.Values, Today);
        var unconfirmed = views.Values.Where(v => v.NeedsConfirmation).ToDictionary(v => v.Key, v => v.PrefillSource ?? "een eerdere vragenlijst");
        var confirmed = form!.Questionnaire.Evaluate(Completeness.ConfirmedOnly(answers, unconfirmed.Keys), Today);
        missing = Completeness.Missing(confirmed, unconfirmed);
    }

    async Task EditAsync(AnswerEdit edit)
    {
        answers![edit.Key] = edit.Value;
        comments[edit.Key] = edit.Comment;
        Evaluate();
        dirty.Add(edit.Key);
        await FlushAsync();
    }

    /// <summary>Saves the changed answers one by one; a change made while saving is saved in the same run.</summary>
    async Task FlushAsync()
    {
        if (saving) return;
        saving = true;
        try
        {
            while (dirty.Count > 0)
            {
                var key = dirty.First();
                dirty.Remove(key);
                await SaveOneAsync(key);
            }
        }
        finally
        {
            saving = false;
        }
        if (saveState == SaveState.Saving) Status(SaveState.Saved, "Alle wijzigingen zijn opgeslagen.");
    }

    async Task SaveOneAsync(string key)
    {
        Status(SaveState.Saving, "Bezig met opslaan…");
        StateHasChanged();
        var seq = local is null ? 0 : await local.SeqOfAsync(key);
        Outcome<SaveResult> outcome;
        try
        {
            var input = new AnswerInput(key, answers![key], comments.GetValueOrDefault(key), versions.GetValueOrDefault(key));
            outcome = await Save.RunAsync(actor, ResponseId, [input], AnswerChannel.Form, default);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.LogError(e, "Saving answer {Key} of response {Response} failed", key, ResponseId);
            Status(SaveState.Unsaved, "Niet opgeslagen: de server is niet bereikbaar. Uw wijziging staat veilig in deze browser en wordt opgeslagen zodra u de pagina opnieuw opent.");
            return;
        }
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok when outcome.Value!.HasConflicts:
                conflicts[key] = outcome.Value.Conflicts[0];
                Status(SaveState.Conflict, $"Niet opgeslagen: {conflicts[key].ChangedBy} heeft dit antwoord intussen gewijzigd. Kies welk antwoord blijft.");
                break;
            case OutcomeKind.Ok:
                var saved = outcome.Value!.Saved.Single();
                versions[key] = saved.Version;
                views[key] = new AnswerView(key, Domain.Responses.AnswerText.Format(answers![key]), comments.GetValueOrDefault(key), saved.Version,
                    saved.ChangedAt, (await AuthenticationState).User.DisplayName(), AnswerChannel.Form, null, false);
                conflicts.Remove(key);
                if (local is not null) await local.SettleAsync(key, seq, saved.Version);
                form!.Context.Response.Status = ResponseLifecycle.AfterEdit(form.Status);
                Evaluate();
                break;
            default:
                pageProblem = string.Join(" ", outcome.Problems.Select(p => p.Message));
                Status(SaveState.Unsaved, "Niet opgeslagen: " + pageProblem);
                break;
        }
    }

    /// <summary>Changes the browser kept from an earlier visit (reload, lost connection, crash) that the server lacks.</summary>
    async Task RestoreAsync()
    {
        var restored = 0;
        foreach (var edit in (await local!.PendingAsync()).OrderBy(e => e.Seq))
        {
            if (!form!.Questionnaire.TryFind(edit.Key, out var slot) || slot.IsCalculated || slot.IsConversation)
            {
                await local.SettleAsync(edit.Key, edit.Seq, versions.GetValueOrDefault(edit.Key));
                continue;
            }
            views.TryGetValue(edit.Key, out var stored);
            var same = edit.IsComment ? (stored?.Comment ?? "") == (edit.Raw ?? "")
                : stored?.Text == Domain.Responses.AnswerText.Format(PendingEdits.ValueOf(edit));
            if (same)
            {
                await local.SettleAsync(edit.Key, edit.Seq, versions.GetValueOrDefault(edit.Key));
                continue;
            }
            if (edit.IsComment) comments[edit.Key] = string.IsNullOrWhiteSpace(edit.Raw) ? null : edit.Raw;
            else answers![edit.Key] = PendingEdits.ValueOf(edit);
            restored++;
            if (stored is not null && stored.Version != edit.Base)
                conflicts[edit.Key] = new AnswerConflict(edit.Key, stored.Text, stored.Comment, stored.Version, stored.ChangedBy, stored.ChangedAt);
            else dirty.Add(edit.Key);
        }
        if (restored == 0) return;
        Evaluate();
        Status(conflicts.Count > 0 ? SaveState.Conflict : SaveState.Saving, $"{restored} niet-opgeslagen wijziging(en) van uw vorige bezoek hersteld.");
        StateHasChanged();
        await FlushAsync();
        StateHasChanged();
    }

    async Task ConfirmAsync(string key)
    {
        dirty.Add(key);
        await FlushAsync();
    }

    async Task TakeTheirsAsync(string key)
    {
        if (!conflicts.Remove(key, out var conflict) || !form!.Questionnaire.TryFind(key, out var slot)) return;
        answers![key] = Domain.Responses.AnswerText.Parse(slot, conflict.CurrentText);
        comments[key] = conflict.CurrentComment;
        versions[key] = conflict.CurrentVersion;
        if (local is not null) await local.SettleAsync(key, await local.SeqOfAsync(key), conflict.CurrentVersion);
        Evaluate();
        Status(SaveState.Saved, $"Het antwoord van {conflict.ChangedBy} is overgenomen.");
    }

    async Task KeepMineAsync(string key)
    {
        if (!conflicts.Remove(key, out var conflict)) return;
        versions[key] = conflict.CurrentVersion;
        dirty.Add(key);
        await FlushAsync();
    }

    async Task SubmitAsync()
    {
        submitting = true;
        await FlushAsync();
        var outcome = await Submit.RunAsync(actor, ResponseId, default);
        submitting = false;
        if (outcome.IsOk)
        {
            await LoadAsync();
            Status(SaveState.Saved, "De vragenlijst is ingediend. De regioadviseur beoordeelt hem.");
            return;
        }
        showMissing = true;
        if (outcome.Kind == OutcomeKind.Invalid)
            Status(SaveState.Saved, $"Nog niet ingediend: {missing.Count} vraag/vragen ontbreken of kloppen niet. Zie de lijst hieronder.");
        else pageProblem = string.Join(" ", outcome.Problems.Select(p => p.Message));
    }

    async Task GoToAsync(string? section)
    {
        sectionKey = section;
        await Task.CompletedTask;
    }

    async Task AssignAsync((string Section, Guid? UserId) assignment)
    {
        var outcome = await Assign.RunAsync(actor, ResponseId, assignment.Section, assignment.UserId, default);
        if (!outcome.IsOk)
        {
            pageProblem = string.Join(" ", outcome.Problems.Select(p => p.Message));
            return;
        }
        var assignees = form!.Assignees.Where(a => a.Key != assignment.Section).ToDictionary(a => a.Key, a => a.Value);
        var colleague = colleagues.FirstOrDefault(c => c.Id == assignment.UserId);
        if (colleague is not null) assignees[assignment.Section] = colleague.DisplayName;
        form = form with { Assignees = assignees };
        Status(SaveState.Saved, colleague is null ? "Het onderdeel is vrijgegeven." : $"Het onderdeel is toegewezen aan {colleague.DisplayName}.");
    }

    AnswerView? ViewOf(string key) => views.GetValueOrDefault(key);

    AnswerConflict? ConflictOf(string key) => conflicts.GetValueOrDefault(key);

    void Status(SaveState state, string text) => (saveState, statusText) = (state, text);

    public async ValueTask DisposeAsync()
    {
        if (local is not null) await local.DisposeAsync();
    }
}
