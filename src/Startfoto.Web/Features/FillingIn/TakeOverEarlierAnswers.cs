using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Web.Features.Accounts;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>
/// Ask once: when a respondent first opens a response, the answers they submitted before are filled in and marked with
/// their source, to be confirmed or changed. Sources are the latest submission of each earlier response of the same
/// gemeente (any instrument) and, for the regio items, of the regio's Robuustheidsscan; for a regio-level response its
/// regio's earlier ones. Done once per response, under the response's row lock, so two colleagues opening it at the
/// same moment do not both take over.
/// </summary>
public sealed class TakeOverEarlierAnswers(IDbContextFactory<StartfotoDb> dbs, CompiledQuestionnaires questionnaires, TimeProvider time)
{
    public async Task RunAsync(Actor actor, ResponseContext context, CancellationToken ct)
    {
        var target = await questionnaires.GetAsync(context.Response.QuestionnaireKey, context.Response.QuestionnaireVersion, ct);
        if (target is null) return;
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var response = await db.Responses.FromSql($"SELECT *, xmin FROM responses WHERE id = {context.Response.Id} FOR NO KEY UPDATE").SingleAsync(ct);
        if (response.PrefilledAt is not null || !ResponseLifecycle.IsEditable(response.Status)) return;

        var sources = await SourcesAsync(db, response, ct);
        var answered = (await db.Answers.Where(a => a.ResponseId == response.Id && a.Value != null).Select(a => a.Key).ToListAsync(ct)).ToHashSet();
        foreach (var taken in AskOnce.Plan(target, sources, answered))
        {
            db.Answers.Add(new Answer
            {
                ResponseId = response.Id, Key = taken.Key, Value = taken.Text, PrefillSource = taken.SourceLabel,
                PrefillResponseId = taken.SourceResponseId, NeedsConfirmation = true, ChangedAt = now, ChangedBy = actor.UserId,
                Channel = AnswerChannel.Prefill,
            });
            db.AnswerChanges.Add(new AnswerChange
            {
                ResponseId = response.Id, Key = taken.Key, NewValue = taken.Text, Channel = AnswerChannel.Prefill,
                ChangedBy = actor.UserId, ChangedAt = now,
            });
        }
        response.PrefilledAt = now;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    async Task<List<PrefillSource>> SourcesAsync(StartfotoDb db, Response response, CancellationToken ct)
    {
        var earlier = await db.ResponseSnapshots.AsNoTracking()
            .Where(s => s.ResponseId != response.Id)
            .Join(db.Responses, s => s.ResponseId, r => r.Id, (s, r) => new { Snapshot = s, r.GemeenteCode, r.JeugdregioCode, r.Year })
            .Where(x => (response.GemeenteCode != null && x.GemeenteCode == response.GemeenteCode)
                || (x.GemeenteCode == null && x.JeugdregioCode == response.JeugdregioCode))
            .GroupBy(x => x.Snapshot.ResponseId)
            .Select(g => g.OrderByDescending(x => x.Snapshot.Number).First())
            .ToListAsync(ct);
        var sources = new List<PrefillSource>();
        foreach (var x in earlier)
        {
            var questionnaire = await questionnaires.GetAsync(x.Snapshot.QuestionnaireKey, x.Snapshot.QuestionnaireVersion, ct);
            if (questionnaire is null) continue;
            sources.Add(new PrefillSource(x.Snapshot.ResponseId, Label(questionnaire, x.Year), x.Snapshot.SubmittedAt, questionnaire,
                SnapshotAnswers.Read(x.Snapshot.Answers), RegioItemsOnly: response.GemeenteCode != null && x.GemeenteCode == null));
        }
        return sources;
    }

    static string Label(Questionnaire questionnaire, int year) => questionnaire.Definition.Kind switch
    {
        InstrumentKind.Startfoto => $"Startfoto {year}",
        InstrumentKind.Robuustheidsscan => $"Robuustheidsscan {year}",
        _ => $"{questionnaire.Definition.Title} {year}",
    };
}
