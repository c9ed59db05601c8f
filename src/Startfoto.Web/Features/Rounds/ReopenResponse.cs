using Startfoto.Domain.Responses;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Rounds;

/// <summary>
/// The regioadviseur reopens a submitted or approved response with a reason the respondent sees. An approval no longer
/// holds once the answers may change again, so it is cleared; the history keeps it as a ResponseEvent.
/// </summary>
public sealed class ReopenResponse(ResponseReview review)
{
    public Task<Outcome<ResponseStatusChanged>> RunAsync(Actor actor, Guid responseId, ReopenInput input, CancellationToken ct)
    {
        var reason = input.Reason?.Trim();
        return review.RunAsync(actor, responseId, reason,
            status => ResponseLifecycle.CheckReopen(status, reason),
            (response, _) =>
            {
                response.Status = ResponseStatus.Reopened;
                response.ReopenReason = reason;
                response.ApprovedAt = null;
                response.ApprovedBy = null;
            }, ct);
    }
}
