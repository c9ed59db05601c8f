using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.Results;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>
/// Submits a response when it is complete: every visible required question answered (taken-over answers confirmed)
/// and every answer valid; otherwise every missing or wrong answer is reported under its key. The submitted confirmed
/// answers are kept as an immutable snapshot; the response is read-only until the regioadviseur reopens it. Its result is
/// computed and stored in the same transaction (<see cref="ScoreResponse"/>), without ever failing the submit.
/// </summary>
public sealed class SubmitResponse(IDbContextFactory<StartfotoDb> dbs, ResponseAccess access, CompiledQuestionnaires questionnaires, ScoreResponse score,
    TimeProvider time)
{
    public async Task<Outcome<ResponseStatus>> RunAsync(Actor actor, Guid responseId, CancellationToken ct)
    {
        if (await access.FindAsync(actor, responseId, ct) is not { } context) return Outcome<ResponseStatus>.NotFound;
        if (!context.Rights.MayAnswer) return Outcome<ResponseStatus>.Forbidden;
        var questionnaire = await questionnaires.GetAsync(context.Response.QuestionnaireKey, context.Response.QuestionnaireVersion, ct)
            ?? throw new InvalidOperationException($"Response {responseId} refers to an unregistered version.");
        var now = time.GetUtcNow();

        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var response = await db.Responses.FromSql($"SELECT *, xmin FROM responses WHERE id = {responseId} FOR NO KEY UPDATE").SingleAsync(ct);
        if (ResponseLifecycle.CheckEdit(response.Status, DateOnly.FromDateTime(now.UtcDateTime), context.Round.OpensOn, context.Round.ClosesOn) is { } closed)
            return Outcome<ResponseStatus>.Conflict([closed]);

        var stored = await db.Answers.AsNoTracking().Where(a => a.ResponseId == responseId).ToListAsync(ct);
        var confirmed = stored.Where(a => !a.NeedsConfirmation).ToList();
        var answers = Completeness.ConfirmedOnly(
            AnswerText.ToAnswerSet(questionnaire, stored.Select(a => KeyValuePair.Create(a.Key, a.Value))),
            stored.Where(a => a.NeedsConfirmation).Select(a => a.Key));
        var evaluation = questionnaire.Evaluate(answers, DateOnly.FromDateTime(now.UtcDateTime));
        var missing = Completeness.Missing(evaluation, stored.Where(a => a.NeedsConfirmation)
            .ToDictionary(a => a.Key, a => a.PrefillSource ?? "een eerdere vragenlijst"));
        if (missing.Count > 0) return Outcome<ResponseStatus>.Invalid(Completeness.AsProblems(missing));

        var number = await db.ResponseSnapshots.Where(s => s.ResponseId == responseId).MaxAsync(s => (int?)s.Number, ct) ?? 0;
        db.ResponseSnapshots.Add(new ResponseSnapshot
        {
            ResponseId = responseId, Number = number + 1, QuestionnaireKey = response.QuestionnaireKey,
            QuestionnaireVersion = response.QuestionnaireVersion, SubmittedBy = actor.UserId, SubmittedAt = now,
            Answers = SnapshotAnswers.Write(confirmed.Where(a => a.Value is not null || a.Comment is not null)
                .Select(a => KeyValuePair.Create(a.Key, new SnapshotAnswers.Entry(a.Value, a.Comment)))),
        });
        db.ResponseEvents.Add(new ResponseEvent { ResponseId = responseId, Status = ResponseStatus.Submitted, By = actor.UserId, At = now });
        (response.Status, response.SubmittedAt, response.SubmittedBy, response.ReopenReason) = (ResponseStatus.Submitted, now, actor.UserId, null);
        (response.LastActivityAt, response.LastActivityBy) = (now, actor.UserId);
        await db.SaveChangesAsync(ct);
        await score.AddAsync(db, response, ScoreTrigger.Submitted, now, ct);
        await transaction.CommitAsync(ct);
        return Outcome<ResponseStatus>.Ok(ResponseStatus.Submitted);
    }
}
