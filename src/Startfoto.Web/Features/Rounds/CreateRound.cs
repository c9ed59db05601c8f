using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Rounds;

/// <summary>
/// Open a round: a regioadviseur, for a jeugdregio they work in, with a registered questionnaire version, in one year's
/// indeling. One response per participating gemeente, or one for the regio when the questionnaire is regio-level.
/// A regio outside the adviseur's own is refused before anything is looked up; every input problem is reported at once.
/// </summary>
public sealed class CreateRound(IDbContextFactory<StartfotoDb> dbs, TimeProvider time)
{
    public const int MaxReminderDays = 365;
    public const int MaxTitleLength = 200; // as the scan_rounds.title column allows

    public async Task<Outcome<CreatedRound>> RunAsync(Actor actor, RoundInput input, CancellationToken ct)
    {
        var regio = input.JeugdregioCode?.Trim().ToUpperInvariant();
        if (!actor.Is(Role.Regioadviseur) || (!string.IsNullOrEmpty(regio) && !actor.WorksIn(regio)))
            return Outcome<CreatedRound>.Forbidden;

        var problems = new List<Problem>(CheckShape(input));
        if (string.IsNullOrEmpty(regio)) problems.Add(RoundProblems.JeugdregioMissing());
        var gemeenten = (input.Gemeenten ?? []).Select(g => g.Trim().ToUpperInvariant()).Where(g => g.Length > 0).Distinct().ToList();

        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (input.Year is { } year)
            // The indeling import of that year takes the same lock: no gemeente leaves the regio between check and insert.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(4202, {year})", ct);

        var questionnaire = await FindQuestionnaireAsync(db, input, problems, ct);
        var (regioName, participants) = await FindParticipantsAsync(db, input.Year, regio, gemeenten, problems, ct);
        if (questionnaire?.Level == QuestionnaireLevel.Jeugdregio && gemeenten.Count > 0)
            problems.Add(RoundProblems.GemeentenForRegioLevel());
        if (problems.Count > 0)
            return Outcome<CreatedRound>.Invalid(problems);

        var now = time.GetUtcNow();
        var title = input.Title?.Trim() is { Length: > 0 } given ? given : $"{questionnaire!.Title} {input.Year} – {regioName}";
        var round = new ScanRound
        {
            Id = Guid.CreateVersion7(), Title = title, QuestionnaireKey = questionnaire!.Key, QuestionnaireVersion = questionnaire.Version,
            Year = input.Year!.Value, JeugdregioCode = regio!, OpensOn = input.OpensOn!.Value, ClosesOn = input.ClosesOn!.Value,
            ReminderDays = [.. input.ReminderDays ?? []], CreatedBy = actor.UserId, CreatedAt = now,
        };
        IReadOnlyList<string?> respondents = questionnaire.Level == QuestionnaireLevel.Jeugdregio ? [null] : participants;
        round.Responses.AddRange(respondents.Select(gemeente => new Response
        {
            Id = Guid.CreateVersion7(), RoundId = round.Id, Year = round.Year, JeugdregioCode = regio!, GemeenteCode = gemeente,
            QuestionnaireKey = round.QuestionnaireKey, QuestionnaireVersion = round.QuestionnaireVersion,
            Status = ResponseStatus.NotStarted, CreatedAt = now,
        }));
        db.ScanRounds.Add(round);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<CreatedRound>.Ok(new CreatedRound(round.Id, round.Title, round.Responses.Count));
    }

    static IEnumerable<Problem> CheckShape(RoundInput input)
    {
        if (string.IsNullOrWhiteSpace(input.QuestionnaireKey)) yield return RoundProblems.QuestionnaireMissing();
        if (input.Year is null) yield return RoundProblems.YearMissing();
        if (input.Title?.Trim().Length > MaxTitleLength) yield return RoundProblems.TitleTooLong(MaxTitleLength);
        if (input.OpensOn is null) yield return RoundProblems.OpensOnMissing();
        if (input.ClosesOn is null) yield return RoundProblems.ClosesOnMissing();
        if (input.OpensOn is { } opens && input.ClosesOn is { } closes && closes < opens) yield return RoundProblems.ClosesBeforeOpens();
        var seen = new HashSet<int>();
        foreach (var days in input.ReminderDays ?? [])
        {
            if (days is < 0 or > MaxReminderDays) yield return RoundProblems.ReminderOutOfRange(days);
            else if (!seen.Add(days)) yield return RoundProblems.ReminderTwice(days);
        }
    }

    sealed record FoundQuestionnaire(string Key, int Version, string Title, QuestionnaireLevel Level);

    static async Task<FoundQuestionnaire?> FindQuestionnaireAsync(StartfotoDb db, RoundInput input, List<Problem> problems, CancellationToken ct)
    {
        var key = input.QuestionnaireKey?.Trim();
        if (string.IsNullOrEmpty(key)) return null;
        var versions = await db.QuestionnaireVersions.Where(v => v.Key == key)
            .Select(v => new FoundQuestionnaire(v.Key, v.Version, v.Title, v.Level)).ToListAsync(ct);
        var found = versions.FirstOrDefault(v => v.Version == input.QuestionnaireVersion);
        if (versions.Count == 0) problems.Add(RoundProblems.QuestionnaireUnknown(key));
        else if (found is null) problems.Add(RoundProblems.VersionUnknown(key, input.QuestionnaireVersion));
        return found;
    }

    /// <returns>The regio's name and the participating gemeenten: the given ones, or all of the regio that year.</returns>
    static async Task<(string? Name, IReadOnlyList<string?> Gemeenten)> FindParticipantsAsync(
        StartfotoDb db, int? year, string? regio, List<string> given, List<Problem> problems, CancellationToken ct)
    {
        if (year is null) return (null, []);
        if (!await db.Jeugdregios.AnyAsync(r => r.Year == year, ct))
        {
            problems.Add(RoundProblems.YearUnknown(year.Value));
            return (null, []);
        }
        if (string.IsNullOrEmpty(regio)) return (null, []);
        var name = await db.Jeugdregios.Where(r => r.Year == year && r.Code == regio).Select(r => r.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            problems.Add(RoundProblems.JeugdregioUnknown(regio, year.Value));
            return (null, []);
        }
        var inRegio = await db.Gemeenten.Where(g => g.Year == year && g.JeugdregioCode == regio)
            .OrderBy(g => g.Code).Select(g => g.Code).ToListAsync(ct);
        problems.AddRange(given.Except(inRegio).Select(code => RoundProblems.GemeenteNotInRegio(code, regio, year.Value)));
        return (name, given.Count == 0 ? inRegio : given);
    }
}
