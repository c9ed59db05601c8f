using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>The audit trail of a response, or of one of its questions, newest first; for whoever may read the response.</summary>
public sealed class AnswerHistory(IDbContextFactory<StartfotoDb> dbs, ResponseAccess access)
{
    public async Task<Outcome<IReadOnlyList<AnswerHistoryEntry>>> RunAsync(Actor actor, Guid responseId, string? key, CancellationToken ct)
    {
        if (await access.FindAsync(actor, responseId, ct) is null) return Outcome<IReadOnlyList<AnswerHistoryEntry>>.NotFound;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var changes = db.AnswerChanges.AsNoTracking().Where(c => c.ResponseId == responseId);
        if (key is not null) changes = changes.Where(c => c.Key == key || c.Key.StartsWith(key + "."));
        var entries = await changes.OrderByDescending(c => c.Id)
            .Join(db.Users, c => c.ChangedBy, u => u.Id, (c, u) => new AnswerHistoryEntry(c.Id, c.Key, c.OldValue, c.NewValue,
                c.OldComment, c.NewComment, c.Confirmed, c.Channel, u.DisplayName, c.ChangedAt))
            .ToListAsync(ct);
        return Outcome<IReadOnlyList<AnswerHistoryEntry>>.Ok(entries);
    }
}
