using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn;
using Startfoto.Web.Features.Rounds;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Hosting;

/// <summary>
/// Development only, once: the product at work. An open Startfoto round and a Robuustheidsscan round for Holland
/// Rijnland and for Rijnmond, opened by the demo regioadviseur; Leiden partly filled in by two colleagues, Alphen aan den
/// Rijn submitted, Rotterdam approved, Holland Rijnland's self-scan begun. Everything goes through the same operations as
/// the pages, so the audit trail, snapshots and results are real. Answers come from questionnaires/examples.
/// </summary>
sealed class DemoRounds(
    IDbContextFactory<StartfotoDb> dbs, CreateRound createRound, SaveAnswers save, SubmitResponse submit, ApproveResponse approve,
    AssignSection assign, CompiledQuestionnaires questionnaires, IOptions<QuestionnaireOptions> options, IHostEnvironment environment,
    TimeProvider time, ILogger<DemoRounds> log)
{
    public async Task RunAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.ScanRounds.AnyAsync(ct)) return;
        var users = await db.Users.Where(u => u.Email!.EndsWith("@startfoto.local"))
            .Select(u => new { u.Email, u.Id, u.GemeenteCode }).ToDictionaryAsync(u => u.Email!, ct);
        if (!users.TryGetValue("regioadviseur@startfoto.local", out var adviseurUser)
            || await questionnaires.GetAsync("startfoto", 1, ct) is not { } startfoto
            || await questionnaires.GetAsync("robuustheidsscan", 1, ct) is not { } scan
            || await db.Gemeenten.MaxAsync(g => (int?)g.Year, ct) is not { } year)
            return;
        var example = ReadExample(startfoto);
        var complete = example is null ? null : ExampleAnswers.Completed(example, today: DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var adviseur = new Actor(adviseurUser.Id, Role.Regioadviseur, null, ["JZ18", "JZ29"]);
        Actor Gemeente(string email) => new(users[email].Id, Role.Gemeente, users[email].GemeenteCode, []);

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rounds = new Dictionary<string, Guid>();
        foreach (var (regio, key) in new[] { ("JZ18", "startfoto"), ("JZ29", "startfoto"), ("JZ18", "robuustheidsscan"), ("JZ29", "robuustheidsscan") })
        {
            var created = await createRound.RunAsync(adviseur,
                new RoundInput(key, 1, year, regio, null, null, today.AddDays(-14), today.AddDays(28), [14, 7, 1]), ct);
            if (!created.IsOk)
            {
                log.LogWarning("Demoronde {Key} {Regio} niet aangemaakt: {Problems}", key, regio, string.Join("; ", created.Problems.Select(p => p.Message)));
                return;
            }
            rounds[$"{key}/{regio}"] = created.Value!.Id;
        }

        async Task<Guid> ResponseOf(string round, string? gemeente) => await db.Responses
            .Where(r => r.RoundId == rounds[round] && r.GemeenteCode == gemeente).Select(r => r.Id).SingleAsync(ct);

        // Leiden: two colleagues at work, each on their own sections.
        var leiden = await ResponseOf("startfoto/JZ18", "GM0546");
        var sections = startfoto.Definition.Sections;
        await SaveAsync(Gemeente("gemeente.leiden@startfoto.local"), leiden, example, sections.Take(2), ct);
        await SaveAsync(Gemeente("collega.leiden@startfoto.local"), leiden, example, sections.Skip(2).Take(1), ct);
        await assign.RunAsync(Gemeente("gemeente.leiden@startfoto.local"), leiden, sections[3].Key, users["collega.leiden@startfoto.local"].Id, ct);

        var alphen = await ResponseOf("startfoto/JZ18", "GM0484");
        await SaveAsync(Gemeente("gemeente.alphen@startfoto.local"), alphen, complete, sections, ct);
        Check(await submit.RunAsync(Gemeente("gemeente.alphen@startfoto.local"), alphen, ct), "Alphen aan den Rijn");

        var rotterdam = await ResponseOf("startfoto/JZ29", "GM0599");
        await SaveAsync(Gemeente("gemeente.rotterdam@startfoto.local"), rotterdam, complete, sections, ct);
        Check(await submit.RunAsync(Gemeente("gemeente.rotterdam@startfoto.local"), rotterdam, ct), "Rotterdam");
        await approve.RunAsync(adviseur, rotterdam, ct);

        var selfScan = await ResponseOf("robuustheidsscan/JZ18", null);
        var scanAnswers = scan.Slots.Where(s => !s.IsConversation && !s.IsCalculated && s.Question.Options.Length > 0 && s.Section is "visie" or "samenwerking")
            .Select((s, n) => new AnswerInput(s.Key, Value.String(s.AllowedValues[Math.Min(n % 3 + 1, s.AllowedValues.Length - 1)]), null, 0)).ToList();
        await save.RunAsync(Gemeente("gemeente.leiden@startfoto.local"), selfScan, scanAnswers, AnswerChannel.Form, ct);
        log.LogInformation("Demorondes aangemaakt: Startfoto en Robuustheidsscan voor Holland Rijnland en Rijnmond");
    }

    async Task SaveAsync(Actor by, Guid response, AnswerSet? example, IEnumerable<Section> sections, CancellationToken ct)
    {
        if (example is null) return;
        var saved = await save.RunAsync(by, response, ExampleAnswers.Inputs(example, sections), AnswerChannel.Form, ct);
        if (!saved.IsOk || saved.Value!.HasConflicts)
            log.LogWarning("Demo-antwoorden niet opgeslagen: {Problems}", string.Join("; ", saved.Problems.Select(p => p.Message)));
    }

    void Check<T>(Outcome<T> outcome, string who)
    {
        if (!outcome.IsOk) log.LogWarning("Demo: vragenlijst van {Who} niet ingediend: {Problems}", who, string.Join("; ", outcome.Problems.Select(p => p.Message)));
    }

    AnswerSet? ReadExample(Questionnaire startfoto) =>
        ExampleAnswers.Read(QuestionnaireFolder.Locate(environment.ContentRootPath, options.Value.Folder), startfoto);
}
