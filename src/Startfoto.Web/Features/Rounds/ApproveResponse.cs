using Startfoto.Domain.Responses;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Rounds;

/// <summary>The regioadviseur approves a submitted response.</summary>
public sealed class ApproveResponse(ResponseReview review)
{
    public Task<Outcome<ResponseStatusChanged>> RunAsync(Actor actor, Guid responseId, CancellationToken ct) =>
        review.RunAsync(actor, responseId, reason: null,
            status => ResponseLifecycle.CheckApprove(status) is { } problem ? [problem] : [],
            (response, now) =>
            {
                response.Status = ResponseStatus.Approved;
                response.ApprovedAt = now;
                response.ApprovedBy = actor.UserId;
            }, ct);
}
