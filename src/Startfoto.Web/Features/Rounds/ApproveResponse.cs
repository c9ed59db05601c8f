using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Results;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Rounds;

/// <summary>The regioadviseur approves a submitted response; its result is computed again ("goedgekeurd") with the newest rules.</summary>
public sealed class ApproveResponse(ResponseReview review, ScoreResponse score)
{
    public Task<Outcome<ResponseStatusChanged>> RunAsync(Actor actor, Guid responseId, CancellationToken ct) =>
        review.RunAsync(actor, responseId, reason: null,
            status => ResponseLifecycle.CheckApprove(status) is { } problem ? [problem] : [],
            (response, now) =>
            {
                response.Status = ResponseStatus.Approved;
                response.ApprovedAt = now;
                response.ApprovedBy = actor.UserId;
            }, ct,
            afterSave: (db, response, now) => score.AddAsync(db, response, ScoreTrigger.Approved, now, ct));
}
