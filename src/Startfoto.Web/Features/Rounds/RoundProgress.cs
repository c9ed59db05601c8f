using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Web.Components.Shared;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn;
using Startfoto.Web.Features.Gemeenten;
using Startfoto.Web.Features.Results;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Rounds;

/// <summary>
/// Where each respondent of a round stands: status, share of the required questions answered, who works on which
/// section and when, the gemeente's contact persons, and the current result: needs counted and the final tier. For the regioadviseurs of the round's regio, beheerder and OZJ;
/// anyone else is told the round does not exist, so an id reveals nothing.
/// </summary>
public sealed class RoundProgress(IDbContextFactory<StartfotoDb> dbs, CompiledQuestionnaires questionnaires, TimeProvider time)
{
    public async Task<Outcome<RoundProgressView>> RunAsync(Actor actor, Guid roundId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var round = await db.ScanRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || !(actor.Role is Role.Beheerder or Role.OZJ || actor.WorksIn(round.JeugdregioCode)))
            return Outcome<RoundProgressView>.NotFound;
        var questionnaire = await questionnaires.GetAsync(round.QuestionnaireKey, round.QuestionnaireVersion, ct)
            ?? throw new InvalidOperationException($"Round {round.Id} points at '{round.QuestionnaireKey}' v{round.QuestionnaireVersion}, which is not registered.");

        var responses = await db.Responses.AsNoTracking().Where(r => r.RoundId == roundId).ToListAsync(ct);
        var ids = responses.Select(r => r.Id).ToList();
        var answers = (await db.Answers.AsNoTracking().Where(a => ids.Contains(a.ResponseId))
            .Select(a => new { a.ResponseId, a.Key, a.Value, a.NeedsConfirmation }).ToListAsync(ct)).ToLookup(a => a.ResponseId);
        // The latest change per key (index response_id, key, id): a section's last activity is the latest of its keys'.
        var latest = (await db.AnswerChanges.AsNoTracking().Where(c => ids.Contains(c.ResponseId)
                && !db.AnswerChanges.Any(d => d.ResponseId == c.ResponseId && d.Key == c.Key && d.Id > c.Id))
            .Select(c => new { c.ResponseId, c.Key, c.ChangedAt, c.ChangedBy }).ToListAsync(ct)).ToLookup(c => c.ResponseId);
        var assignments = (await db.SectionAssignments.AsNoTracking().Where(s => ids.Contains(s.ResponseId)).ToListAsync(ct))
            .ToLookup(s => s.ResponseId);
        var userIds = responses.Where(r => r.LastActivityBy is not null).Select(r => r.LastActivityBy!.Value)
            .Concat(latest.SelectMany(g => g).Select(c => c.ChangedBy)).Concat(assignments.SelectMany(g => g).Select(s => s.UserId))
            .Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var gemeenten = await db.Gemeenten.AsNoTracking().Where(g => g.Year == round.Year && g.JeugdregioCode == round.JeugdregioCode)
            .ToDictionaryAsync(g => g.Code, g => g.Name, ct);
        var regioName = await db.Jeugdregios.Where(j => j.Year == round.Year && j.Code == round.JeugdregioCode)
            .Select(j => j.Name).SingleOrDefaultAsync(ct) ?? round.JeugdregioCode;
        var contacts = await ContactsAsync(db, [.. gemeenten.Keys], ct);
        var scores = await ScoreSummariesAsync(db, ids, ct);

        var sectionOf = questionnaire.Slots.Where(s => s.Section is not null).ToDictionary(s => s.Key, s => s.Section!, StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var evaluation = questionnaire.NewEvaluation();
        var rows = new List<ResponseProgress>();
        foreach (var response in responses)
        {
            var stored = answers[response.Id].ToList();
            var confirmed = Completeness.ConfirmedOnly(
                AnswerText.ToAnswerSet(questionnaire, stored.Select(a => KeyValuePair.Create(a.Key, a.Value))),
                stored.Where(a => a.NeedsConfirmation).Select(a => a.Key));
            evaluation.Run(confirmed.Values, today);
            var progress = evaluation.Progress;
            var changes = latest[response.Id].ToList();
            var assigned = assignments[response.Id].ToDictionary(a => a.SectionKey, a => names.GetValueOrDefault(a.UserId), StringComparer.Ordinal);
            var sections = questionnaire.Definition.Sections.Select(s => new SectionProgress(s.Key, s.Title, assigned.GetValueOrDefault(s.Key),
                changes.Where(c => sectionOf.GetValueOrDefault(c.Key) == s.Key).MaxBy(c => c.ChangedAt) is { } c
                    ? new Activity(c.ChangedAt, names.GetValueOrDefault(c.ChangedBy)) : null)).ToList();
            var lastChange = changes.MaxBy(c => c.ChangedAt);
            Activity? last = response.LastActivityAt is { } at && (lastChange is null || at >= lastChange.ChangedAt)
                ? new Activity(at, response.LastActivityBy is { } by ? names.GetValueOrDefault(by) : null)
                : lastChange is null ? null : new Activity(lastChange.ChangedAt, names.GetValueOrDefault(lastChange.ChangedBy));
            var respondent = response.GemeenteCode is { } code ? gemeenten.GetValueOrDefault(code) ?? code : regioName;
            rows.Add(new ResponseProgress(response.Id, response.GemeenteCode, respondent, response.Status,
                ResponseLifecycle.Label(response.Status), progress.Answered, progress.Required, Percentage(progress), sections, last,
                response.GemeenteCode is { } g ? contacts[g].ToList() : [.. contacts.SelectMany(c => c)],
                response.SubmittedAt, response.ApprovedAt, response.Status == ResponseStatus.Reopened ? response.ReopenReason : null,
                ResponseAccess.Rights(actor, response, actorGemeenteInRegio: false)?.MayReview == true, scores[response.Id]));
        }
        var title = await db.QuestionnaireVersions.Where(v => v.Key == round.QuestionnaireKey && v.Version == round.QuestionnaireVersion)
            .Select(v => v.Title).SingleAsync(ct);
        return Outcome<RoundProgressView>.Ok(new RoundProgressView(round.Id, round.Title, round.QuestionnaireKey, round.QuestionnaireVersion,
            title, round.Year, round.JeugdregioCode, regioName, round.OpensOn, round.ClosesOn, round.ReminderDays,
            [.. rows.OrderBy(r => r.GemeenteCode is null ? 0 : 1).ThenBy(r => r.Respondent, StringComparer.Create(DutchFormat.Culture, true))]));
    }

    /// <summary>Floored, so 100% means every required question is answered.</summary>
    static int Percentage(Progress progress) => progress.Required == 0 ? 100 : progress.Answered * 100 / progress.Required;

    /// <summary>Per response its current result in a line: needs counted and the final tier; "wordt herberekend" when stale.</summary>
    static async Task<Dictionary<Guid, ScoreSummary>> ScoreSummariesAsync(StartfotoDb db, List<Guid> ids, CancellationToken ct)
    {
        var states = await ScoreStates.LoadAsync(db, ids, ct);
        var currentIds = states.Values.Where(s => s.ScoreId is not null).Select(s => s.ScoreId!.Value).ToList();
        var results = await db.ResponseScores.AsNoTracking().Where(s => currentIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.ResponseId, s => ScoreResultJson.Read(s.Result), ct);
        return states.ToDictionary(s => s.Key, s => new ScoreSummary(s.Value.Status, s.Value.Status.Label(),
            results.TryGetValue(s.Key, out var result) ? ResultText.NeedSummary(result) : null, s.Value.ComputedTier, s.Value.FinalTier, s.Value.Overridden));
    }

    /// <summary>The gemeente users of these gemeenten, by gemeente.</summary>
    static async Task<ILookup<string, GemeenteContact>> ContactsAsync(StartfotoDb db, List<string> gemeenten, CancellationToken ct)
    {
        var roleId = db.Roles.Where(r => r.Name == Role.Gemeente).Select(r => r.Id);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.GemeenteCode != null && gemeenten.Contains(u.GemeenteCode)
                && db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.GemeenteCode, Contact = new GemeenteContact(u.Id, u.DisplayName, u.Email ?? "") })
            .ToListAsync(ct);
        return users.ToLookup(u => u.GemeenteCode!, u => u.Contact);
    }
}
