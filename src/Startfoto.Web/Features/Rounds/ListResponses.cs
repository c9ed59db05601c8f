using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn;

namespace Startfoto.Web.Features.Rounds;

/// <summary>The responses an actor may read (ResponseAccess decides), newest round first: a gemeente's to-do list.</summary>
public sealed class ListResponses(IDbContextFactory<StartfotoDb> dbs)
{
    public async Task<IReadOnlyList<ResponseRow>> RunAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await ResponseAccess.Visible(db, actor).AsNoTracking()
            .OrderByDescending(r => r.Round!.OpensOn).ThenBy(r => r.GemeenteCode)
            .Select(r => new
            {
                r.Id, r.RoundId, r.Round!.Title, r.Status, r.Round.OpensOn, r.Round.ClosesOn, r.ReopenReason,
                Respondent = db.Gemeenten.Where(g => g.Year == r.Year && g.Code == r.GemeenteCode).Select(g => g.Name).FirstOrDefault()
                    ?? db.Jeugdregios.Where(j => j.Year == r.Year && j.Code == r.JeugdregioCode).Select(j => j.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ResponseRow(r.Id, r.RoundId, r.Title, r.Respondent ?? "", r.Status, ResponseLifecycle.Label(r.Status),
            r.OpensOn, r.ClosesOn, r.Status == ResponseStatus.Reopened ? r.ReopenReason : null))];
    }
}
