using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Rounds;

/// <summary>
/// The rounds an actor may see, newest first: a regioadviseur those of their jeugdregio's, a gemeente user those in
/// which they can read a response, beheerder and OZJ all, landelijk none. Counts cover only the responses the actor may
/// read, so a gemeente learns nothing about its neighbours' progress.
/// </summary>
public sealed class ListRounds(IDbContextFactory<StartfotoDb> dbs)
{
    public async Task<Outcome<IReadOnlyList<RoundRow>>> RunAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visible = ResponseAccess.Visible(db, actor);
        var rounds = actor.Role switch
        {
            Role.Regioadviseur => db.ScanRounds.Where(r => actor.Jeugdregios.Contains(r.JeugdregioCode)),
            Role.Beheerder or Role.OZJ => db.ScanRounds,
            Role.Gemeente => db.ScanRounds.Where(r => visible.Any(v => v.RoundId == r.Id)),
            _ => db.ScanRounds.Where(r => false),
        };
        var found = await rounds.AsNoTracking().OrderByDescending(r => r.CreatedAt)
            .Select(r => new
            {
                Round = r,
                Regio = db.Jeugdregios.Where(j => j.Year == r.Year && j.Code == r.JeugdregioCode).Select(j => j.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ids = found.Select(f => f.Round.Id).ToList();
        var counts = (await visible.Where(v => ids.Contains(v.RoundId))
                .GroupBy(v => new { v.RoundId, v.Status }).Select(g => new { g.Key.RoundId, g.Key.Status, Count = g.Count() })
                .ToListAsync(ct))
            .ToLookup(c => c.RoundId, c => (c.Status, c.Count));
        return Outcome<IReadOnlyList<RoundRow>>.Ok([.. found.Select(f => new RoundRow(
            f.Round.Id, f.Round.Title, f.Round.QuestionnaireKey, f.Round.QuestionnaireVersion, f.Round.Year,
            f.Round.JeugdregioCode, f.Regio ?? f.Round.JeugdregioCode, f.Round.OpensOn, f.Round.ClosesOn, f.Round.ReminderDays,
            Count(counts[f.Round.Id])))]);
    }

    static StatusCounts Count(IEnumerable<(ResponseStatus Status, int Count)> perStatus)
    {
        var n = perStatus.ToDictionary(p => p.Status, p => p.Count);
        return new StatusCounts(n.GetValueOrDefault(ResponseStatus.NotStarted), n.GetValueOrDefault(ResponseStatus.InProgress),
            n.GetValueOrDefault(ResponseStatus.Submitted), n.GetValueOrDefault(ResponseStatus.Approved),
            n.GetValueOrDefault(ResponseStatus.Reopened));
    }
}
