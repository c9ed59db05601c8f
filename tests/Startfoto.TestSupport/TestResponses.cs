using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.TestSupport;

/// <summary>
/// Responses for tests that only need them to exist (a gemeente that cannot leave its indeling, a version that can no
/// longer change): a round in the gemeente's regio and year with one response per call. The year's indeling must be
/// there; a questionnaire version that is not registered gets a placeholder row.
/// </summary>
public static class TestResponses
{
    public static async Task<Guid> AddAsync(StartfotoDb db, int year, string gemeenteCode, string key = "test-responses", int version = 1)
    {
        var regio = await db.Gemeenten.Where(g => g.Year == year && g.Code == gemeenteCode).Select(g => g.JeugdregioCode).SingleAsync();
        if (!await db.QuestionnaireVersions.AnyAsync(v => v.Key == key && v.Version == version))
            db.QuestionnaireVersions.Add(new QuestionnaireVersion
            {
                Key = key, Version = version, Title = key, Definition = "{}", ContentHash = new string('0', 64),
                Source = "file", FileName = key + ".json", RegisteredAt = DateTimeOffset.UtcNow,
            });
        var user = new StartfotoUser { Id = Guid.NewGuid(), UserName = $"{Guid.NewGuid():N}@test.local", DisplayName = "Test", CreatedAt = DateTimeOffset.UtcNow };
        db.Users.Add(user);
        var round = new ScanRound
        {
            Id = Guid.NewGuid(), Title = "Testronde", QuestionnaireKey = key, QuestionnaireVersion = version, Year = year,
            JeugdregioCode = regio, OpensOn = new DateOnly(year, 1, 1), ClosesOn = new DateOnly(year, 12, 31),
            CreatedBy = user.Id, CreatedAt = DateTimeOffset.UtcNow,
        };
        var response = new Response
        {
            Id = Guid.NewGuid(), RoundId = round.Id, Year = year, JeugdregioCode = regio, GemeenteCode = gemeenteCode,
            QuestionnaireKey = key, QuestionnaireVersion = version, Status = ResponseStatus.NotStarted, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ScanRounds.Add(round);
        db.Responses.Add(response);
        await db.SaveChangesAsync();
        return response.Id;
    }
}
