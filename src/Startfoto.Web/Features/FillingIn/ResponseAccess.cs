using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>
/// Who may see and do what with a response. A gemeente user answers for their own gemeente, and for the regio-level
/// response (Robuustheidsscan) of the regio their gemeente belongs to in the round's year; a regioadviseur reads,
/// reviews and records the conversation in their own jeugdregio's; Beheerder and OZJ read; Landelijk sees no
/// individual response. Whoever may not read a response gets "not found": an id reveals nothing.
/// </summary>
public sealed class ResponseAccess(IDbContextFactory<StartfotoDb> dbs)
{
    public async Task<ResponseContext?> FindAsync(Actor actor, Guid responseId, CancellationToken ct)
    {
        if (actor.Role is null or Role.Landelijk) return null;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var found = await db.Responses.AsNoTracking().Where(r => r.Id == responseId)
            .Select(r => new
            {
                Response = r, r.Round,
                Gemeente = db.Gemeenten.Where(g => g.Year == r.Year && g.Code == r.GemeenteCode).Select(g => g.Name).FirstOrDefault(),
                Regio = db.Jeugdregios.Where(j => j.Year == r.Year && j.Code == r.JeugdregioCode).Select(j => j.Name).FirstOrDefault(),
                ActorInRegio = actor.GemeenteCode != null
                    && db.Gemeenten.Any(g => g.Year == r.Year && g.Code == actor.GemeenteCode && g.JeugdregioCode == r.JeugdregioCode),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null) return null;
        var response = found.Response;
        response.Round = null;
        var rights = Rights(actor, response, found.ActorInRegio);
        return rights is null ? null : new ResponseContext(response, found.Round!, found.Gemeente ?? found.Regio ?? response.JeugdregioCode, rights);
    }

    /// <summary>Null when the actor may not even read the response.</summary>
    public static ResponseRights? Rights(Actor actor, Response response, bool actorGemeenteInRegio) => actor.Role switch
    {
        Role.Gemeente when (response.GemeenteCode is null ? actorGemeenteInRegio : response.GemeenteCode == actor.GemeenteCode) =>
            new ResponseRights(MayAnswer: true, MayRecordConversation: false, MayReview: false),
        Role.Regioadviseur when actor.WorksIn(response.JeugdregioCode) =>
            new ResponseRights(MayAnswer: false, MayRecordConversation: true, MayReview: true),
        Role.Beheerder or Role.OZJ => ResponseRights.ReadOnly,
        _ => null,
    };

    /// <summary>The responses an actor may read, as a query to filter lists and counts with.</summary>
    public static IQueryable<Response> Visible(StartfotoDb db, Actor actor) => actor.Role switch
    {
        Role.Gemeente => db.Responses.Where(r => r.GemeenteCode == actor.GemeenteCode || (r.GemeenteCode == null
            && db.Gemeenten.Any(g => g.Year == r.Year && g.Code == actor.GemeenteCode && g.JeugdregioCode == r.JeugdregioCode))),
        Role.Regioadviseur => db.Responses.Where(r => actor.Jeugdregios.Contains(r.JeugdregioCode)),
        Role.Beheerder or Role.OZJ => db.Responses,
        _ => db.Responses.Where(r => false),
    };
}
