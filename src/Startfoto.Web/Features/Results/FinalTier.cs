namespace Startfoto.Web.Features.Results;

/// <summary>
/// The tier downstream work uses for one response: the regioadviseur's override when there is one, else the computed
/// tier; null while there is no current result (not submitted, or being recomputed).
/// </summary>
public sealed record FinalTier(
    Guid ResponseId,
    Guid RoundId,
    int Year,
    string JeugdregioCode,
    string? GemeenteCode,
    string QuestionnaireKey,
    int QuestionnaireVersion,
    ScoreStatus Status,
    string? ComputedTier,
    string? Tier,
    bool Overridden);
