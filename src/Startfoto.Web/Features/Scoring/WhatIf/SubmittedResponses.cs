using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;
using Startfoto.Domain.Scoring;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Results;

namespace Startfoto.Web.Features.Scoring.WhatIf;

/// <summary>
/// Every submitted or approved response of one questionnaire version with its confirmed answers (read-only since the
/// submit; for a Robuustheidsscan including the adviseur's assessments), evaluated, named after its gemeente or regio
/// and, for a gemeente, with its regio's need: the same input the stored results are computed from (ScoreResponse).
/// </summary>
public sealed class SubmittedResponses(IDbContextFactory<StartfotoDb> dbs, TimeProvider time)
{
    public async Task<IReadOnlyList<WhatIfSubject>> LoadAsync(Questionnaire questionnaire, Scorer current, CancellationToken ct)
    {
        var (key, version) = (questionnaire.Definition.Key, questionnaire.Definition.Version);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.QuestionnaireKey == key && r.QuestionnaireVersion == version
                && (r.Status == ResponseStatus.Submitted || r.Status == ResponseStatus.Approved))
            .ToListAsync(ct);
        var ids = responses.Select(r => r.Id).ToList();
        var stored = (await db.Answers.AsNoTracking().Where(a => ids.Contains(a.ResponseId) && !a.NeedsConfirmation)
            .Select(a => new { a.ResponseId, a.Key, a.Value }).ToListAsync(ct)).ToLookup(a => a.ResponseId);
        var years = responses.Select(r => r.Year).Distinct().ToList();
        var gemeenten = await db.Gemeenten.AsNoTracking().Where(g => years.Contains(g.Year)).ToDictionaryAsync(g => (g.Year, g.Code), g => g.Name, ct);
        var regios = await db.Jeugdregios.AsNoTracking().Where(j => years.Contains(j.Year)).ToDictionaryAsync(j => (j.Year, j.Code), j => j.Name, ct);
        var regioNeeds = new Dictionary<(string, int), RegioNeed?>();
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var subjects = new List<WhatIfSubject>();
        foreach (var r in responses)
        {
            if (!regioNeeds.TryGetValue((r.JeugdregioCode, r.Year), out var regioNeed))
                regioNeeds[(r.JeugdregioCode, r.Year)] = regioNeed = await RegioNeeds.FindAsync(db, r, current, ct);
            var answers = AnswerText.ToAnswerSet(questionnaire, stored[r.Id].Select(a => KeyValuePair.Create(a.Key, a.Value)));
            var regio = regios.GetValueOrDefault((r.Year, r.JeugdregioCode)) ?? r.JeugdregioCode;
            var name = r.GemeenteCode is null ? regio : $"{gemeenten.GetValueOrDefault((r.Year, r.GemeenteCode)) ?? r.GemeenteCode} ({regio})";
            subjects.Add(new WhatIfSubject(r.Id.ToString(), $"{name}, {r.Year}", questionnaire.Evaluate(answers, today), r.GemeenteCode is null ? null : regioNeed));
        }
        return subjects;
    }
}
