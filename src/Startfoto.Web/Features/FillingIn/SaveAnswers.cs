using Microsoft.EntityFrameworkCore;
using Npgsql;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>
/// Saves one or more answers of a response, all or nothing, for the form, the Excel upload and the API alike. Every
/// answer is checked against the version the user last saw: a colleague's newer, different answer is a conflict that
/// the user resolves, never a silent overwrite. Sending again what is already stored (a retry after a dropped
/// connection) succeeds without a change. Every change is written to the audit trail with its channel.
/// Respondents answer the questions while the response is editable; the regioadviseur records the conversation fields.
/// </summary>
public sealed class SaveAnswers(IDbContextFactory<StartfotoDb> dbs, ResponseAccess access, CompiledQuestionnaires questionnaires, TimeProvider time)
{
    public async Task<Outcome<SaveResult>> RunAsync(Actor actor, Guid responseId, IReadOnlyList<AnswerInput> inputs, AnswerChannel channel, CancellationToken ct)
    {
        if (await access.FindAsync(actor, responseId, ct) is not { } context) return Outcome<SaveResult>.NotFound;
        if (context.Rights is { MayAnswer: false, MayRecordConversation: false }) return Outcome<SaveResult>.Forbidden;
        var questionnaire = await questionnaires.GetAsync(context.Response.QuestionnaireKey, context.Response.QuestionnaireVersion, ct)
            ?? throw new InvalidOperationException($"Response {responseId} refers to an unregistered version.");
        var problems = Check(questionnaire, context.Rights, inputs);
        if (problems.Count > 0) return Outcome<SaveResult>.Invalid(problems);
        if (inputs.Count == 0) return Outcome<SaveResult>.Ok(new SaveResult([], []));

        try
        {
            return await SaveAsync(actor, context, questionnaire, inputs, channel, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A colleague stored the first answer to the same question a moment earlier: report it like any conflict.
            await using var db = await dbs.CreateDbContextAsync(ct);
            var keys = inputs.Select(i => i.Key).ToList();
            var stored = await db.Answers.AsNoTracking().Where(a => a.ResponseId == responseId && keys.Contains(a.Key)).ToListAsync(ct);
            return Outcome<SaveResult>.Ok(new SaveResult([], await ConflictsAsync(db, stored.Where(a => Differs(a, Find(inputs, a.Key))), ct)));
        }
    }

    async Task<Outcome<SaveResult>> SaveAsync(Actor actor, ResponseContext context, Questionnaire questionnaire,
        IReadOnlyList<AnswerInput> inputs, AnswerChannel channel, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var responseId = context.Response.Id;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Saves and submit of one response take turns, so an answer cannot slip in after the completeness check.
        var response = await db.Responses.FromSql($"SELECT *, xmin FROM responses WHERE id = {responseId} FOR NO KEY UPDATE").SingleAsync(ct);
        var answersQuestions = inputs.Any(i => !questionnaire.TryFind(i.Key, out var s) || !s.IsConversation);
        if (answersQuestions && ResponseLifecycle.CheckEdit(response.Status, DateOnly.FromDateTime(now.UtcDateTime),
                context.Round.OpensOn, context.Round.ClosesOn) is { } closed)
            return Outcome<SaveResult>.Conflict([closed]);

        var keys = inputs.Select(i => i.Key).ToArray();
        var stored = (await db.Answers.FromSql($"SELECT *, xmin FROM answers WHERE response_id = {responseId} AND key = ANY({keys}) FOR UPDATE")
            .ToListAsync(ct)).ToDictionary(a => a.Key, StringComparer.Ordinal);

        var conflicts = stored.Values.Where(a => a.Version != Find(inputs, a.Key).BaseVersion && Differs(a, Find(inputs, a.Key))).ToList();
        if (conflicts.Count > 0) return Outcome<SaveResult>.Ok(new SaveResult([], await ConflictsAsync(db, conflicts, ct)));

        var changed = new List<Answer>();
        foreach (var input in inputs)
        {
            var text = AnswerText.Format(input.Value);
            var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment;
            if (!stored.TryGetValue(input.Key, out var answer))
            {
                if (text is null && comment is null) continue; // clearing what was never answered
                db.Answers.Add(answer = new Answer { ResponseId = responseId, Key = input.Key });
            }
            else if (!Differs(answer, input) && !answer.NeedsConfirmation) continue;
            db.AnswerChanges.Add(new AnswerChange
            {
                ResponseId = responseId, Key = input.Key, OldValue = answer.Value, NewValue = text, OldComment = answer.Comment,
                NewComment = comment, Confirmed = answer.NeedsConfirmation && !Differs(answer, input),
                Channel = channel, ChangedBy = actor.UserId, ChangedAt = now,
            });
            (answer.Value, answer.Comment, answer.NeedsConfirmation) = (text, comment, false);
            (answer.ChangedAt, answer.ChangedBy, answer.Channel) = (now, actor.UserId, channel);
            changed.Add(answer);
        }
        if (changed.Count > 0)
        {
            (response.LastActivityAt, response.LastActivityBy) = (now, actor.UserId);
            if (answersQuestions) response.Status = ResponseLifecycle.AfterEdit(response.Status);
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        var saved = inputs.Select(i => stored.TryGetValue(i.Key, out var a) ? a : changed.FirstOrDefault(c => c.Key == i.Key))
            .Select((a, n) => a is null ? new SavedAnswer(inputs[n].Key, 0, now) : new SavedAnswer(a.Key, a.Version, a.ChangedAt));
        return Outcome<SaveResult>.Ok(new SaveResult([.. saved], []));
    }

    /// <summary>Every problem of the inputs that no stored state can change: unknown keys, who may answer what, lengths.</summary>
    public static List<Problem> Check(Questionnaire questionnaire, ResponseRights rights, IReadOnlyList<AnswerInput> inputs)
    {
        var problems = new List<Problem>();
        foreach (var group in inputs.GroupBy(i => i.Key).Where(g => g.Count() > 1)) problems.Add(ResponseProblems.DuplicateKey(group.Key));
        foreach (var input in inputs)
        {
            if (!questionnaire.TryFind(input.Key, out var slot)) problems.Add(ResponseProblems.UnknownKey(input.Key));
            else if (slot.IsCalculated) problems.Add(ResponseProblems.Calculated(input.Key));
            else if (slot.IsConversation && !rights.MayRecordConversation) problems.Add(ResponseProblems.ConversationOnly(input.Key));
            else if (!slot.IsConversation && !rights.MayAnswer) problems.Add(ResponseProblems.RespondentOnly(input.Key));
            else
            {
                if (!string.IsNullOrWhiteSpace(input.Comment) && !slot.Question.AllowComment) problems.Add(ResponseProblems.CommentNotAllowed(input.Key));
                if (input.Comment is { Length: > AnswerLimits.CommentLength })
                    problems.Add(ResponseProblems.CommentTooLong(input.Key, AnswerLimits.CommentLength));
                if (AnswerText.Format(input.Value) is { Length: > AnswerLimits.ValueLength })
                    problems.Add(ResponseProblems.TextTooLong(input.Key, AnswerLimits.ValueLength));
            }
        }
        return problems;
    }

    static AnswerInput Find(IReadOnlyList<AnswerInput> inputs, string key) => inputs.First(i => i.Key == key);

    static bool Differs(Answer stored, AnswerInput input) =>
        stored.Value != AnswerText.Format(input.Value)
        || stored.Comment != (string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment);

    static async Task<IReadOnlyList<AnswerConflict>> ConflictsAsync(StartfotoDb db, IEnumerable<Answer> answers, CancellationToken ct)
    {
        var list = answers.ToList();
        var ids = list.Select(a => a.ChangedBy).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return [.. list.Select(a => new AnswerConflict(a.Key, a.Value, a.Comment, a.Version, names.GetValueOrDefault(a.ChangedBy, "onbekend"), a.ChangedAt))];
    }
}
