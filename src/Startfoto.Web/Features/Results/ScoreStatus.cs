namespace Startfoto.Web.Features.Results;

/// <summary>Whether a response has a result that may be shown as current.</summary>
public enum ScoreStatus
{
    /// <summary>Not submitted (or reopened): no result yet.</summary>
    NotSubmitted,

    /// <summary>The questionnaire version has no scoring rules.</summary>
    NoRules,

    /// <summary>Computed with the newest rules after the latest submission.</summary>
    Current,

    /// <summary>Submitted, but its latest result is of older rules or of an earlier submission: "wordt herberekend".</summary>
    Recomputing,
}

public static class ScoreStatusText
{
    public static string Label(this ScoreStatus status) => status switch
    {
        ScoreStatus.NotSubmitted => "nog niet ingediend",
        ScoreStatus.NoRules => "geen scoreregels",
        ScoreStatus.Current => "actueel",
        _ => "wordt herberekend",
    };
}
