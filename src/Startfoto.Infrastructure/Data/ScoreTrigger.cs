namespace Startfoto.Infrastructure.Data;

/// <summary>Why a result was computed, as stored in response_scores.trigger and shown in the history.</summary>
public static class ScoreTrigger
{
    public const string Submitted = "ingediend";
    public const string Approved = "goedgekeurd";
    public const string Recomputed = "herberekend";
}
