using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Indeling;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Infrastructure.Indeling;

/// <summary>
/// Imports the indeling of one year from a CSV or XLSX file: validates everything first, then replaces that year's
/// indeling in one transaction, or changes nothing and returns every problem. The same file twice changes nothing.
/// Serves the Beheerder page and `./startfoto import-indeling`.
/// </summary>
public sealed class IndelingImport(Func<StartfotoDb> createDb)
{
    public const int MinYear = 2015;
    public const int MaxYear = 2100;

    public IndelingImport(IDbContextFactory<StartfotoDb> dbs) : this(dbs.CreateDbContext) { }

    public static IndelingImport ForConnectionString(string connectionString) =>
        new(() => InfrastructureSetup.CreateDb(connectionString));

    public async Task<Result<IndelingImportReport>> ImportFileAsync(int year, byte[] content, string fileName, CancellationToken ct)
    {
        if (YearProblem(year) is { } wrongYear) return Result<IndelingImportReport>.Failure(wrongYear);
        var table = IndelingFileReader.ReadIndeling(content, fileName);
        if (!table.Ok) return Result<IndelingImportReport>.Failure(table.Problems);
        var imported = await ImportAsync(year, table.Value!, ct);
        return imported.Ok ? imported : Result<IndelingImportReport>.Failure(
            imported.Problems.Select(p => p with { At = p.At with { File = fileName } }));
    }

    public async Task<Result<IndelingImportReport>> ImportAsync(int year, IndelingTable table, CancellationToken ct)
    {
        if (YearProblem(year) is { } wrongYear) return Result<IndelingImportReport>.Failure(wrongYear);

        await using var db = createDb();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Two imports of the same year (two Beheerders, or two app instances seeding at start) take turns.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(4202, {year})", ct);

        var changes = IndelingChanges.Between(await IndelingStore.LoadAsync(db, year, ct), table);
        if (changes.IsEmpty) return Result<IndelingImportReport>.Success(new IndelingImportReport(year, changes));

        var refused = await RefusedRemovalsAsync(db, year, changes, ct);
        if (refused.Count > 0) return Result<IndelingImportReport>.Failure(refused);

        await IndelingStore.ApplyAsync(db, year, table, ct);
        await transaction.CommitAsync(ct);
        return Result<IndelingImportReport>.Success(new IndelingImportReport(year, changes));
    }

    // Responses and rounds refer to the gemeenten and regio's of their year: those may not leave that year's indeling.
    static async Task<List<Problem>> RefusedRemovalsAsync(StartfotoDb db, int year, IndelingChanges changes, CancellationToken ct)
    {
        var removed = changes.Removed.Select(g => (string?)g.Code.Value).ToList();
        var answered = await db.Responses.Where(r => r.Year == year && removed.Contains(r.GemeenteCode))
            .GroupBy(r => r.GemeenteCode!).Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, ct);
        var removedRegios = changes.JeugdregiosRemoved.Select(r => r.Code.Value).ToList();
        var withRounds = await db.ScanRounds.Where(r => r.Year == year && removedRegios.Contains(r.JeugdregioCode))
            .GroupBy(r => r.JeugdregioCode).Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, ct);
        return
        [
            .. changes.Removed.Where(g => answered.ContainsKey(g.Code.Value))
                .Select(g => IndelingProblems.GemeenteHasResponses(g.Code.Value, g.Name, year, answered[g.Code.Value])),
            .. changes.JeugdregiosRemoved.Where(r => withRounds.ContainsKey(r.Code.Value))
                .Select(r => IndelingProblems.JeugdregioHasRounds(r.Code.Value, r.Name, year, withRounds[r.Code.Value])),
        ];
    }

    internal static Problem? YearProblem(int year) =>
        year is < MinYear or > MaxYear ? IndelingProblems.YearOutOfRange(year, MinYear, MaxYear) : null;
}
