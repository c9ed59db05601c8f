using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Browser.Tests;

/// <summary>An open round of a registered questionnaire with one fresh response for a demo gemeente, as a regioadviseur would open it.</summary>
public static class TestRounds
{
    /// <param name="takeOver">False: the response starts empty, whatever earlier tests submitted for the same gemeente.</param>
    public static async Task<Guid> OpenAsync(RunningPlatform platform, string key, string gemeente, bool takeOver = false)
    {
        await using var db = platform.CreateDb();
        var g = await db.Gemeenten.Where(x => x.Year == 2024 && x.Code == gemeente).SingleAsync();
        var adviseur = await db.Users.Where(u => u.Email == "regioadviseur@startfoto.local").Select(u => u.Id).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var round = new ScanRound
        {
            Id = Guid.NewGuid(), Title = $"Testronde {key}", QuestionnaireKey = key, QuestionnaireVersion = 1, Year = 2024,
            JeugdregioCode = g.JeugdregioCode, OpensOn = today.AddDays(-1), ClosesOn = today.AddDays(30), CreatedBy = adviseur,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var response = new Response
        {
            Id = Guid.NewGuid(), RoundId = round.Id, Year = 2024, JeugdregioCode = g.JeugdregioCode, GemeenteCode = gemeente,
            QuestionnaireKey = key, QuestionnaireVersion = 1, Status = ResponseStatus.NotStarted, CreatedAt = DateTimeOffset.UtcNow,
            PrefilledAt = takeOver ? null : DateTimeOffset.UtcNow,
        };
        db.ScanRounds.Add(round);
        db.Responses.Add(response);
        await db.SaveChangesAsync();
        return response.Id;
    }

    public static async Task<string?> StoredAsync(RunningPlatform platform, Guid response, string key)
    {
        await using var db = platform.CreateDb();
        return await db.Answers.Where(a => a.ResponseId == response && a.Key == key).Select(a => a.Value).SingleOrDefaultAsync();
    }

    /// <summary>The stored answer once it is the expected one, or what is stored after ten seconds.</summary>
    public static async Task<string?> WaitForStoredAsync(RunningPlatform platform, Guid response, string key, string expected)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        string? stored;
        while ((stored = await StoredAsync(platform, response, key)) != expected && DateTime.UtcNow < until) await Task.Delay(100);
        return stored;
    }

    public static async Task<ResponseStatus> StatusAsync(RunningPlatform platform, Guid response)
    {
        await using var db = platform.CreateDb();
        return await db.Responses.Where(r => r.Id == response).Select(r => r.Status).SingleAsync();
    }
}
