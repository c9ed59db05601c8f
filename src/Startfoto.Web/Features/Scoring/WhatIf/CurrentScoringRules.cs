using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Scoring;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Web.Features.Scoring.WhatIf;

/// <summary>The rules a questionnaire version scores with now: its newest published rules version.</summary>
public sealed class CurrentScoringRules(IDbContextFactory<StartfotoDb> dbs, CompiledScorers scorers)
{
    public async Task<Scorer?> GetAsync(Questionnaire questionnaire, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await scorers.GetNewestAsync(db, questionnaire.Definition.Key, questionnaire.Definition.Version, ct);
    }
}
