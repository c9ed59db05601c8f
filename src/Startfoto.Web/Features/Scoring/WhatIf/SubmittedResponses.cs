using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;
using Startfoto.Domain.Scoring;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.FillingIn;

namespace Startfoto.Web.Features.Scoring.WhatIf;

/// <summary>
/// Every submitted or approved response of one questionnaire version as it was submitted (its latest snapshot),
/// evaluated and named after its gemeente or regio: what the what-if scores with both rule sets.
/// </summary>
public sealed class SubmittedResponses(IDbContextFactory<StartfotoDb> dbs, TimeProvider time)
{
    public async Task<IReadOnlyList<WhatIfSubject>> LoadAsync(Questionnaire questionnaire, CancellationToken ct)
    {
        var (key, version) = (questionnaire.Definition.Key, questionnaire.Definition.Version);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.QuestionnaireKey == key && r.QuestionnaireVersion == version
                && (r.Status == ResponseStatus.Submitted || r.Status == ResponseStatus.Approved))
            .Select(r => new
            {
                r.Id, r.Year, r.GemeenteCode, r.JeugdregioCode,
                Snapshot = db.ResponseSnapshots.Where(s => s.ResponseId == r.Id).OrderByDescending(s => s.Number).Select(s => s.Answers).FirstOrDefault(),
                Gemeente = db.Gemeenten.Where(g => g.Year == r.Year && g.Code == r.GemeenteCode).Select(g => g.Name).FirstOrDefault(),
                Regio = db.Jeugdregios.Where(j => j.Year == r.Year && j.Code == r.JeugdregioCode).Select(j => j.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return [.. responses.Where(r => r.Snapshot is not null).Select(r =>
        {
            var answers = AnswerText.ToAnswerSet(questionnaire, SnapshotAnswers.Read(r.Snapshot!));
            var name = r.GemeenteCode is null ? r.Regio ?? r.JeugdregioCode : $"{r.Gemeente ?? r.GemeenteCode} ({r.Regio ?? r.JeugdregioCode})";
            return new WhatIfSubject(r.Id.ToString(), $"{name}, {r.Year}", questionnaire.Evaluate(answers, today));
        })];
    }
}
