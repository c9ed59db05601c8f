using System.Text;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Indeling;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Infrastructure.Indeling;

/// <summary>
/// Writes the indeling of a year in the format it is imported in (that of gemeenten_2024.csv): UTF-8 without BOM,
/// comma, LF, quotes only where RFC 4180 needs them, sorted by gemeentecode. Import then export gives the same bytes.
/// </summary>
public sealed class IndelingExport(Func<StartfotoDb> createDb)
{
    public IndelingExport(IDbContextFactory<StartfotoDb> dbs) : this(dbs.CreateDbContext) { }

    public static IndelingExport ForConnectionString(string connectionString) =>
        new(() => InfrastructureSetup.CreateDb(connectionString));

    public async Task<Result<byte[]>> ExportAsync(int year, CancellationToken ct)
    {
        var table = await LoadAsync(year, ct);
        return table.IsEmpty ? Result<byte[]>.Failure(IndelingProblems.NoIndelingForYear(year)) : Result<byte[]>.Success(ToCsv(table));
    }

    /// <summary>The stored indeling of a year; empty when none was imported.</summary>
    public async Task<IndelingTable> LoadAsync(int year, CancellationToken ct)
    {
        await using var db = createDb();
        return await IndelingStore.LoadAsync(db, year, ct);
    }

    public static byte[] ToCsv(IndelingTable table)
    {
        var csv = new StringBuilder(table.Gemeenten.Length * 64).Append(IndelingColumns.HeaderLine).Append('\n');
        foreach (var g in table.Gemeenten)
        {
            string[] fields = [g.Code.Value, g.Name, g.JeugdregioCode.Value, g.JeugdregioName, g.ProvincieCode.Value, g.ProvincieName];
            csv.AppendJoin(',', fields.Select(Quoted)).Append('\n');
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv.ToString());
    }

    static string Quoted(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
