using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Scoring;

namespace Startfoto.Web.Features.Scoring.WhatIf;

/// <summary>The rules a questionnaire version scores with now.</summary>
public sealed class CurrentScoringRules
{
    public Task<Scorer?> GetAsync(Questionnaire questionnaire, CancellationToken ct) => Task.FromResult(questionnaire.Scorer);
}
