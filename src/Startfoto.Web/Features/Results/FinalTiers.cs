using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn;

namespace Startfoto.Web.Features.Results;

/// <summary>
/// The final tier of every response of a round, or of a year for one questionnaire: what the capacity planner and
/// anything else downstream reads, never the computed tier alone. Only the responses the actor may read.
/// </summary>
public sealed class FinalTiers(IDbContextFactory<StartfotoDb> dbs)
{
    public async Task<IReadOnlyList<FinalTier>> ForRoundAsync(Actor actor, Guid roundId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await LoadAsync(db, ResponseAccess.Visible(db, actor).Where(r => r.RoundId == roundId), ct);
    }

    public async Task<IReadOnlyList<FinalTier>> ForYearAsync(Actor actor, int year, string questionnaireKey, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await LoadAsync(db, ResponseAccess.Visible(db, actor).Where(r => r.Year == year && r.QuestionnaireKey == questionnaireKey), ct);
    }

    static async Task<IReadOnlyList<FinalTier>> LoadAsync(StartfotoDb db, IQueryable<Response> responses, CancellationToken ct)
    {
        var rows = await responses.AsNoTracking()
            .Select(r => new { r.Id, r.RoundId, r.Year, r.JeugdregioCode, r.GemeenteCode, r.QuestionnaireKey, r.QuestionnaireVersion })
            .ToListAsync(ct);
        var states = await ScoreStates.LoadAsync(db, [.. rows.Select(r => r.Id)], ct);
        return [.. rows.OrderBy(r => r.JeugdregioCode).ThenBy(r => r.GemeenteCode).Select(r =>
        {
            var s = states[r.Id];
            return new FinalTier(r.Id, r.RoundId, r.Year, r.JeugdregioCode, r.GemeenteCode, r.QuestionnaireKey, r.QuestionnaireVersion,
                s.Status, s.ComputedTier, s.FinalTier, s.Overridden);
        })];
    }
}
