using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Rounds;

/// <summary>
/// A regioadviseur's verdict on a response (approve, reopen): who may is ResponseAccess's business (not readable: not
/// found; readable but no reviewer: forbidden). The row is locked while the lifecycle rule is checked against its
/// current status, so two adviseurs cannot both act on the same submission; each move is recorded as a ResponseEvent.
/// <c>afterSave</c> runs in the same transaction once the move is saved (an approval stores its result there).
/// </summary>
public sealed class ResponseReview(IDbContextFactory<StartfotoDb> dbs, ResponseAccess access, TimeProvider time)
{
    public async Task<Outcome<ResponseStatusChanged>> RunAsync(Actor actor, Guid responseId, string? reason,
        Func<ResponseStatus, IEnumerable<Problem>> check, Action<Response, DateTimeOffset> apply, CancellationToken ct,
        Func<StartfotoDb, Response, DateTimeOffset, Task>? afterSave = null)
    {
        if (await access.FindAsync(actor, responseId, ct) is not { } context)
            return Outcome<ResponseStatusChanged>.NotFound;
        if (!context.Rights.MayReview)
            return Outcome<ResponseStatusChanged>.Forbidden;

        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // xmin is a system column: "*" leaves it out, and EF reads it as the concurrency token.
        var response = await db.Responses.FromSql($"SELECT *, xmin FROM responses WHERE id = {responseId} FOR UPDATE").SingleAsync(ct);
        var problems = check(response.Status).ToList();
        if (problems.Count > 0)
            return Outcome<ResponseStatusChanged>.Invalid(problems);

        var now = time.GetUtcNow();
        apply(response, now);
        db.ResponseEvents.Add(new ResponseEvent { ResponseId = response.Id, Status = response.Status, Reason = reason, By = actor.UserId, At = now });
        await db.SaveChangesAsync(ct);
        if (afterSave is not null) await afterSave(db, response, now);
        await transaction.CommitAsync(ct);
        return Outcome<ResponseStatusChanged>.Ok(
            new ResponseStatusChanged(response.Id, response.Status, ResponseLifecycle.Label(response.Status), now, reason));
    }
}
