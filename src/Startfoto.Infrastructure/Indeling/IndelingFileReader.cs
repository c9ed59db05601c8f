using Startfoto.Domain.Indeling;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Excel;

namespace Startfoto.Infrastructure.Indeling;

/// <summary>
/// Reads an uploaded or given indeling file into a raw table, deciding CSV or XLSX by content, never by extension.
/// Returns problems (with the file name in their location), never throws for bad input.
/// </summary>
public static class IndelingFileReader
{
    public const long MaxBytes = 5L * 1024 * 1024;

    public static Result<RawTable> Read(byte[] content, string fileName)
    {
        var at = new Location(File: fileName);
        if (content.LongLength > MaxBytes) return Result<RawTable>.Failure(IndelingProblems.FileTooLarge(content.LongLength, MaxBytes, at));
        if (content.Length == 0) return Result<RawTable>.Failure(IndelingProblems.EmptyFile(at));

        var (kind, looksLike) = FileSignature.Detect(content);
        return kind switch
        {
            FileSignature.Kind.Zip => XlsxTableReader.Read(content, fileName),
            FileSignature.Kind.Text => CsvTableReader.Read(content, fileName),
            FileSignature.Kind.Utf16 => Result<RawTable>.Failure(IndelingProblems.Utf16(at)),
            FileSignature.Kind.LegacyOffice => Result<RawTable>.Failure(IndelingProblems.LegacyOrProtectedExcel(at)),
            _ => Result<RawTable>.Failure(IndelingProblems.NotCsvOrXlsx(looksLike ?? "een binair bestand", at)),
        };
    }

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes, so an oversized upload is refused without holding it all.</summary>
    public static async Task<Result<RawTable>> ReadAsync(Stream content, string fileName, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                var size = content.CanSeek ? content.Length : buffer.Length;
                return Result<RawTable>.Failure(IndelingProblems.FileTooLarge(size, MaxBytes, new Location(File: fileName)));
            }
        }
        return Read(buffer.ToArray(), fileName);
    }

    /// <summary>Reads and validates: the indeling in a file, or every problem with its file, row and column.</summary>
    public static Result<IndelingTable> ReadIndeling(byte[] content, string fileName)
    {
        var raw = Read(content, fileName);
        if (!raw.Ok) return Result<IndelingTable>.Failure(raw.Problems);
        var table = IndelingValidator.Validate(raw.Value!);
        return table.Ok ? table : Result<IndelingTable>.Failure(table.Problems.Select(p => p with { At = p.At with { File = fileName } }));
    }
}
