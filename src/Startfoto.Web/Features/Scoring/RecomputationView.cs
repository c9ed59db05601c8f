namespace Startfoto.Web.Features.Scoring;

/// <summary>A recompute run and how far it got.</summary>
public sealed record RecomputationView(
    Guid Id,
    string QuestionnaireKey,
    int QuestionnaireVersion,
    int RulesVersion,
    int Total,
    int Done,
    int Failed,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Note)
{
    public bool Running => FinishedAt is null;

    public static RecomputationView Of(Infrastructure.Data.ScoreRecomputation r) =>
        new(r.Id, r.QuestionnaireKey, r.QuestionnaireVersion, r.RulesVersion, r.Total, r.Done, r.Failed, r.StartedAt, r.FinishedAt, r.Note);
}
