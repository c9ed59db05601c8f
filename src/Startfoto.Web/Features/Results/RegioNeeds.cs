using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;
using Startfoto.Domain.Scoring;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Web.Features.Results;

/// <summary>
/// What a gemeente's Startfoto takes from its regio (INSTRUMENTS.md §5.5): the worst criterion need of the latest current
/// result of its jeugdregio's Robuustheidsscan, of the same year or before, with where it came from in words.
/// </summary>
public static class RegioNeeds
{
    public static async Task<RegioNeed?> FindAsync(StartfotoDb db, Response response, Scorer scorer, CancellationToken ct)
    {
        if (scorer.Rules.RegioTheme is null || response.GemeenteCode is null) return null;
        var scans = await db.Responses.AsNoTracking()
            .Where(r => r.JeugdregioCode == response.JeugdregioCode && r.GemeenteCode == null && r.Year <= response.Year
                && (r.Status == ResponseStatus.Submitted || r.Status == ResponseStatus.Approved)
                && db.QuestionnaireVersions.Any(v => v.Key == r.QuestionnaireKey && v.Version == r.QuestionnaireVersion
                    && v.Kind == InstrumentKind.Robuustheidsscan))
            .Select(r => r.Id).ToListAsync(ct);
        if (scans.Count == 0) return null;
        var latest = (await ScoreStates.LoadAsync(db, scans, ct)).Values.Where(s => s.IsCurrent).MaxBy(s => s.ComputedAt);
        if (latest is null) return null;
        var result = ScoreResultJson.Read(await db.ResponseScores.Where(s => s.Id == latest.ScoreId).Select(s => s.Result).SingleAsync(ct));
        var worst = result.Themes.Where(t => t.Need is not null).OrderByDescending(t => t.Need).FirstOrDefault();
        if (worst is null) return null;
        var regio = await db.Jeugdregios.Where(j => j.Code == response.JeugdregioCode && j.Year <= response.Year)
            .OrderByDescending(j => j.Year).Select(j => j.Name).FirstOrDefaultAsync(ct) ?? response.JeugdregioCode;
        return new RegioNeed(worst.Need!.Value, $"Robuustheidsscan {regio}: zwakste criterium {worst.Title} '{worst.Need.Value.Text()}'");
    }
}
