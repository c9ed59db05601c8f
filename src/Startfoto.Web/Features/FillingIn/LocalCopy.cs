using Microsoft.JSInterop;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>The browser's copy of unconfirmed changes of one response (wwwroot/js/fill-in.js), seen from the page.</summary>
public sealed class LocalCopy(IJSRuntime js, Guid responseId) : IAsyncDisposable
{
    IJSObjectReference? module;

    /// <summary>Keeps a copy of every change inside the element marked data-fill-in="{responseId}".</summary>
    public async Task StartAsync(IReadOnlyDictionary<string, uint> versions)
    {
        module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/fill-in.js");
        await module.InvokeVoidAsync("start", responseId.ToString(), versions);
    }

    public async Task<IReadOnlyList<PendingEdit>> PendingAsync() =>
        module is null ? [] : await module.InvokeAsync<PendingEdit[]>("pending", responseId.ToString());

    public async Task<long> SeqOfAsync(string key) => module is null ? 0 : await module.InvokeAsync<long>("seqOf", key);

    public async Task SettleAsync(string key, long seq, uint version)
    {
        if (module is not null) await module.InvokeVoidAsync("settle", responseId.ToString(), key, seq, version);
    }

    public async ValueTask DisposeAsync()
    {
        if (module is null) return;
        try
        {
            await module.InvokeVoidAsync("stop");
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with its browser: nothing to stop.
        }
    }
}
