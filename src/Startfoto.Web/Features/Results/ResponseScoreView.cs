using Startfoto.Domain.Responses;
using Startfoto.Web.Features.Scoring;

namespace Startfoto.Web.Features.Results;

/// <summary>
/// A response's result as its page and GET /api/responses/{id}/score show it: the current result (null while it is
/// recomputed or before submission), computed and final tier, every override, every earlier result with its rules
/// version, and the recompute in progress for its questionnaire version, if any.
/// </summary>
/// <param name="State">In words: "actueel", "wordt herberekend", "nog niet ingediend" or "geen scoreregels".</param>
/// <param name="Tiers">The tiers the regioadviseur may choose from, most intensive first.</param>
public sealed record ResponseScoreView(
    Guid ResponseId,
    Guid RoundId,
    string RoundTitle,
    string Respondent,
    string QuestionnaireKey,
    int QuestionnaireVersion,
    string QuestionnaireTitle,
    ResponseStatus Status,
    string StatusLabel,
    ScoreStatus ScoreStatus,
    string State,
    int? NewestRulesVersion,
    StoredResult? Current,
    string? ComputedTier,
    string? FinalTier,
    bool Overridden,
    string? TierLabel,
    IReadOnlyList<string> Tiers,
    IReadOnlyList<TierOverrideEntry> Overrides,
    IReadOnlyList<ResultEntry> History,
    RecomputationView? Recomputation,
    bool MayOverride);
