using Microsoft.AspNetCore.Components;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.FillingIn;
using Startfoto.Web.Features.FillingIn.Form;

namespace Startfoto.Web.Features.Conversation;

/// <summary>
/// Saving the conversation: each change at once, text after a pause in typing and again when the field is left.
/// Saves run one at a time, so each carries the version the previous one returned; a colleague's newer answer is a
/// conflict the adviseur resolves by taking theirs or saving theirs over with the current version.
/// </summary>
public partial class ConversationPage : IDisposable
{
    static readonly TimeSpan TypingPause = TimeSpan.FromMilliseconds(600);

    [Inject] SaveAnswers Save { get; set; } = default!;
    [Inject] ILogger<ConversationPage> Logger { get; set; } = default!;

    readonly CancellationTokenSource disposed = new();
    readonly SemaphoreSlim oneSaveAtATime = new(1, 1);
    readonly Dictionary<string, (CancellationTokenSource Pause, string Text)> typing = new(StringComparer.Ordinal);
    Dictionary<string, uint> versions = [];
    Dictionary<string, (string? Text, string? Comment)> stored = [];
    Dictionary<string, string?> comments = [];
    Dictionary<string, AnswerConflict> conflicts = [];
    HashSet<string> failed = [];
    SaveState saveState;

    void ResetSaves(ResponseForm loaded)
    {
        versions = loaded.Answers.Values.ToDictionary(a => a.Key, a => a.Version, StringComparer.Ordinal);
        stored = loaded.Answers.Values.ToDictionary(a => a.Key, a => (a.Text, a.Comment), StringComparer.Ordinal);
        comments = loaded.Answers.Values.ToDictionary(a => a.Key, a => a.Comment, StringComparer.Ordinal);
        (conflicts, failed, saveState) = ([], [], SaveState.None);
    }

    async Task ChangedAsync(AnswerEdit edit)
    {
        StopTyping(edit.Key);
        comments[edit.Key] = edit.Comment;
        Apply(edit.Key, edit.Value);
        await SaveAsync(edit.Key);
    }

    void Typing(string key, string text)
    {
        StopTyping(key);
        var pause = new CancellationTokenSource();
        typing[key] = (pause, text);
        _ = SaveAfterPauseAsync(key, text, pause.Token);
    }

    async Task SaveAfterPauseAsync(string key, string text, CancellationToken pause)
    {
        try
        {
            await Task.Delay(TypingPause, Time, pause);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await InvokeAsync(async () =>
        {
            if (pause.IsCancellationRequested) return;
            typing.Remove(key);
            Apply(key, AnswerValues.FromText(text));
            await SaveAsync(key);
        });
    }

    void StopTyping(string key)
    {
        if (typing.Remove(key, out var pending)) pending.Pause.Cancel();
    }

    async Task SaveAsync(string key)
    {
        var (text, comment) = (AnswerText.Format(answers![key]), comments.GetValueOrDefault(key));
        if (!failed.Contains(key) && !conflicts.ContainsKey(key) && stored.GetValueOrDefault(key) == (text, comment)) return;
        await oneSaveAtATime.WaitAsync();
        try
        {
            saveState = SaveState.Saving;
            Refresh();
            var input = new AnswerInput(key, answers[key], comments.GetValueOrDefault(key), versions.GetValueOrDefault(key));
            // Not cancelled when the page closes: a change made just before leaving must still be stored.
            var outcome = await Save.RunAsync(actor, ResponseId, [input], AnswerChannel.Form, CancellationToken.None);
            failed.Remove(key);
            conflicts.Remove(key);
            if (outcome is { IsOk: true, Value: { HasConflicts: false } result } && result.Saved.SingleOrDefault() is { } saved)
            {
                versions[key] = saved.Version;
                stored[key] = (AnswerText.Format(input.Value), input.Comment);
            }
            else if (outcome.Value is { HasConflicts: true } conflicted) conflicts[key] = conflicted.Conflicts[0];
            else
            {
                Logger.LogWarning("Conversation field {Key} of response {Response} not saved: {Kind} {Problems}", key, ResponseId,
                    outcome.Kind, string.Join("; ", outcome.Problems.Select(p => p.Message)));
                failed.Add(key);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Logger.LogError(e, "Conversation field {Key} of response {Response} not saved", key, ResponseId);
            failed.Add(key);
        }
        finally
        {
            oneSaveAtATime.Release();
        }
        saveState = failed.Count > 0 ? SaveState.Failed : conflicts.Count > 0 ? SaveState.Conflict : SaveState.Saved;
        Refresh();
    }

    async Task RetryAsync()
    {
        foreach (var key in failed.ToList()) await SaveAsync(key);
    }

    void TakeTheirs(string key)
    {
        if (!conflicts.Remove(key, out var theirs)) return;
        StopTyping(key);
        versions[key] = theirs.CurrentVersion;
        stored[key] = (theirs.CurrentText, theirs.CurrentComment);
        comments[key] = theirs.CurrentComment;
        Apply(key, AnswerText.Parse(evaluation![key].Slot, theirs.CurrentText));
        saveState = failed.Count > 0 ? SaveState.Failed : conflicts.Count > 0 ? SaveState.Conflict : SaveState.Saved;
    }

    async Task KeepMineAsync(string key)
    {
        if (!conflicts.Remove(key, out var theirs)) return;
        versions[key] = theirs.CurrentVersion;
        stored[key] = (theirs.CurrentText, theirs.CurrentComment);
        await SaveAsync(key);
    }

    void Refresh()
    {
        if (!disposed.IsCancellationRequested) StateHasChanged();
    }

    public void Dispose()
    {
        disposed.Cancel();
        // Text typed in the last moments before leaving the page is saved still, without the pause.
        foreach (var (key, pending) in typing.ToList())
        {
            StopTyping(key);
            answers![key] = AnswerValues.FromText(pending.Text);
            _ = SaveAsync(key);
        }
        GC.SuppressFinalize(this);
    }
}
