namespace Startfoto.Web.Features.Scoring;

/// <summary>A stored rules version: where it came from, when, by whom, whether it is the newest, how many results used it.</summary>
public sealed record RulesVersionView(
    string QuestionnaireKey, int QuestionnaireVersion, int RulesVersion, string Source, DateTimeOffset PublishedAt, string? PublishedBy,
    bool Newest, int Results);
