using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Responses;

/// <summary>
/// The moves a response may make: respondents edit and submit; the regioadviseur approves a submission or reopens a
/// submitted or approved one with a reason. A refusal is a problem with a Dutch message, located at "status".
/// </summary>
public static class ResponseLifecycle
{
    public const int MaxReasonLength = 2000;

    public static bool IsEditable(ResponseStatus status) =>
        status is ResponseStatus.NotStarted or ResponseStatus.InProgress or ResponseStatus.Reopened;

    /// <summary>
    /// A respondent may change answers while the response is editable and the round is open; a reopened response
    /// stays editable after the closing date, since the regioadviseur asked for the change.
    /// </summary>
    public static Problem? CheckEdit(ResponseStatus status, DateOnly today, DateOnly opensOn, DateOnly closesOn)
    {
        if (!IsEditable(status)) return ResponseProblems.NotEditable(status);
        if (today < opensOn) return ResponseProblems.NotYetOpen(opensOn);
        if (today > closesOn && status != ResponseStatus.Reopened) return ResponseProblems.Closed(closesOn);
        return null;
    }

    public static Problem? CheckApprove(ResponseStatus status) =>
        status == ResponseStatus.Submitted ? null : ResponseProblems.CannotApprove(status);

    public static IReadOnlyList<Problem> CheckReopen(ResponseStatus status, string? reason)
    {
        var problems = new List<Problem>();
        if (status is not (ResponseStatus.Submitted or ResponseStatus.Approved)) problems.Add(ResponseProblems.CannotReopen(status));
        if (string.IsNullOrWhiteSpace(reason)) problems.Add(ResponseProblems.ReasonRequired());
        else if (reason.Length > MaxReasonLength) problems.Add(ResponseProblems.ReasonTooLong(MaxReasonLength));
        return problems;
    }

    /// <summary>After the first saved answer a response is in progress; other statuses stay as they are.</summary>
    public static ResponseStatus AfterEdit(ResponseStatus status) =>
        status == ResponseStatus.NotStarted ? ResponseStatus.InProgress : status;

    public static string Label(ResponseStatus status) => status switch
    {
        ResponseStatus.NotStarted => "niet gestart",
        ResponseStatus.InProgress => "bezig",
        ResponseStatus.Submitted => "ingediend",
        ResponseStatus.Approved => "goedgekeurd",
        _ => "heropend",
    };
}
