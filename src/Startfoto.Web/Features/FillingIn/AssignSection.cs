using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>
/// Assigns a section of a response to a colleague of the same gemeente (or clears it), so everyone sees who works on
/// what. An assignment informs; it locks nothing. A respondent or the regioadviseur of the regio may assign.
/// </summary>
public sealed class AssignSection(IDbContextFactory<StartfotoDb> dbs, ResponseAccess access, CompiledQuestionnaires questionnaires, TimeProvider time)
{
    public async Task<Outcome<bool>> RunAsync(Actor actor, Guid responseId, string sectionKey, Guid? userId, CancellationToken ct)
    {
        if (await access.FindAsync(actor, responseId, ct) is not { } context) return Outcome<bool>.NotFound;
        if (context.Rights is { MayAnswer: false, MayReview: false }) return Outcome<bool>.Forbidden;
        var questionnaire = await questionnaires.GetAsync(context.Response.QuestionnaireKey, context.Response.QuestionnaireVersion, ct);
        if (questionnaire?.Definition.Sections.Any(s => s.Key == sectionKey) != true)
            return Outcome<bool>.Invalid("sectionKey", "RSP030", $"Deze vragenlijst heeft geen onderdeel '{sectionKey}'.");

        await using var db = await dbs.CreateDbContextAsync(ct);
        if (userId is { } id && !await MayBeAssignedAsync(db, context, id, ct))
            return Outcome<bool>.Invalid("userId", "RSP031", "Wijs het onderdeel toe aan een collega van deze gemeente (een gemeente-account).");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SectionAssignments.Where(s => s.ResponseId == responseId && s.SectionKey == sectionKey).ExecuteDeleteAsync(ct);
        if (userId is { } assignee)
        {
            db.SectionAssignments.Add(new SectionAssignment
            {
                ResponseId = responseId, SectionKey = sectionKey, UserId = assignee, AssignedBy = actor.UserId, AssignedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return Outcome<bool>.Ok(true);
    }

    // A regio-level response may go to a gemeente user of any gemeente of the regio in the round's year.
    static Task<bool> MayBeAssignedAsync(StartfotoDb db, ResponseContext context, Guid userId, CancellationToken ct)
    {
        var response = context.Response;
        var roleId = db.Roles.Where(r => r.Name == Role.Gemeente).Select(r => r.Id);
        return db.Users.AnyAsync(u => u.Id == userId && db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId))
            && (response.GemeenteCode != null ? u.GemeenteCode == response.GemeenteCode
                : db.Gemeenten.Any(g => g.Year == response.Year && g.Code == u.GemeenteCode && g.JeugdregioCode == response.JeugdregioCode)), ct);
    }
}
