using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>
/// One response with its questionnaire, answers, assignees, progress and what is still missing. A respondent who opens
/// a response for the first time gets the answers they gave before taken over (<see cref="TakeOverEarlierAnswers"/>).
/// </summary>
public sealed class LoadResponseForm(IDbContextFactory<StartfotoDb> dbs, ResponseAccess access, CompiledQuestionnaires questionnaires,
    TakeOverEarlierAnswers takeOver, TimeProvider time)
{
    public async Task<Outcome<ResponseForm>> RunAsync(Actor actor, Guid responseId, CancellationToken ct)
    {
        if (await access.FindAsync(actor, responseId, ct) is not { } context) return Outcome<ResponseForm>.NotFound;
        if (context.Rights.MayAnswer && context.Response.PrefilledAt is null && ResponseLifecycle.IsEditable(context.Response.Status))
        {
            await takeOver.RunAsync(actor, context, ct);
            context = await access.FindAsync(actor, responseId, ct) ?? context;
        }
        var questionnaire = await questionnaires.GetAsync(context.Response.QuestionnaireKey, context.Response.QuestionnaireVersion, ct)
            ?? throw new InvalidOperationException($"Response {responseId} refers to an unregistered version.");

        await using var db = await dbs.CreateDbContextAsync(ct);
        var answers = await db.Answers.AsNoTracking().Where(a => a.ResponseId == responseId)
            .Join(db.Users, a => a.ChangedBy, u => u.Id, (a, u) => new AnswerView(a.Key, a.Value, a.Comment, a.Version, a.ChangedAt,
                u.DisplayName, a.Channel, a.PrefillSource, a.NeedsConfirmation))
            .ToDictionaryAsync(a => a.Key, StringComparer.Ordinal, ct);
        var assignees = await db.SectionAssignments.AsNoTracking().Where(s => s.ResponseId == responseId)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.SectionKey, u.DisplayName })
            .ToDictionaryAsync(s => s.SectionKey, s => s.DisplayName, StringComparer.Ordinal, ct);

        var form = new ResponseForm(context, questionnaire, answers, assignees, default, []);
        var confirmed = Completeness.ConfirmedOnly(form.ToAnswerSet(), form.Unconfirmed.Keys);
        var evaluation = questionnaire.Evaluate(confirmed, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return Outcome<ResponseForm>.Ok(form with { Progress = evaluation.Progress, Missing = Completeness.Missing(evaluation, form.Unconfirmed) });
    }
}
