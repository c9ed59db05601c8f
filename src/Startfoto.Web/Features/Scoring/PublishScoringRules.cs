using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Scoring;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Infrastructure.Scoring;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Scoring;

/// <summary>
/// Publishes scoring rules for a questionnaire version (Beheerder and OZJ; the what-if sandbox calls this): compiled
/// against the questionnaire first, every problem located ("scoring.tier.rules[2].when") and nothing stored on any;
/// then stored as the newest version plus one, whatever version the rules carry, and every submitted and approved
/// response of that version is recomputed in the background. Earlier results stay as history.
/// </summary>
public sealed class PublishScoringRules(IDbContextFactory<StartfotoDb> dbs, CompiledQuestionnaires questionnaires, StartRecompute recompute, TimeProvider time)
{
    /// <summary>Where compile problems point: their <c>At.File</c>.</summary>
    public const string File = "regels";

    public async Task<Outcome<PublishedRules>> RunAsync(Actor actor, string questionnaireKey, int questionnaireVersion, ScoringRules rules, CancellationToken ct)
    {
        if (actor.Role is not (Role.Beheerder or Role.OZJ)) return Outcome<PublishedRules>.Forbidden;
        if (await questionnaires.GetAsync(questionnaireKey, questionnaireVersion, ct) is not { } questionnaire) return Outcome<PublishedRules>.NotFound;
        var compiled = ScoringCompiler.Compile(questionnaire, rules, File);
        if (!compiled.Ok) return Outcome<PublishedRules>.Invalid(compiled.Problems);

        int version;
        var now = time.GetUtcNow();
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Exclusive: a submit computing with the previous rules commits first, so the recompute below sees it.
            await ScoringRulesStore.LockAsync(db, ct);
            version = await ScoringRulesStore.PublishAsync(db, questionnaireKey, questionnaireVersion, rules, actor.UserId, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        var run = await recompute.RunAsync(questionnaireKey, questionnaireVersion, version, actor.UserId, ct);
        return Outcome<PublishedRules>.Ok(new PublishedRules(questionnaireKey, questionnaireVersion, version, run.Id, run.Total));
    }
}
