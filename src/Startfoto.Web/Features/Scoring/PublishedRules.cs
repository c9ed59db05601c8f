namespace Startfoto.Web.Features.Scoring;

/// <summary>Rules published as a new version, and the recompute of the responses they apply to.</summary>
public sealed record PublishedRules(string QuestionnaireKey, int QuestionnaireVersion, int RulesVersion, Guid RecomputationId, int Responses);
