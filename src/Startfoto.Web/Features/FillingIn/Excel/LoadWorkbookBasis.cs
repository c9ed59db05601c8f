using Startfoto.Domain.Responses;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>
/// The response an upload is checked against, for whoever may answer it and while it may be changed: a response that
/// is submitted or closed is refused before its file is read, so nobody reviews a preview that cannot be applied.
/// </summary>
public sealed class LoadWorkbookBasis(LoadResponseForm load, TimeProvider time)
{
    public async Task<Outcome<WorkbookBasis>> RunAsync(Actor actor, Guid responseId, CancellationToken ct)
    {
        var loaded = await load.RunAsync(actor, responseId, ct);
        if (!loaded.IsOk) return Outcome<WorkbookBasis>.NotFound;
        var form = loaded.Value!;
        if (!form.Context.Rights.MayAnswer) return Outcome<WorkbookBasis>.Forbidden;
        var now = time.GetUtcNow();
        var round = form.Context.Round;
        if (ResponseLifecycle.CheckEdit(form.Status, DateOnly.FromDateTime(now.UtcDateTime), round.OpensOn, round.ClosesOn) is { } closed)
            return Outcome<WorkbookBasis>.Conflict([closed]);
        return Outcome<WorkbookBasis>.Ok(WorkbookBasis.Of(form, now));
    }

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
