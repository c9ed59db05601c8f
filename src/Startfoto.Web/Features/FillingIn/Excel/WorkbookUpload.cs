using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Excel.Responses;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>An uploaded file, read into memory only when it is no larger than a response workbook may be.</summary>
public sealed record WorkbookUpload(string FileName, byte[] Content)
{
    public const long MaxBytes = ResponseWorkbookReader.MaxBytes;

    /// <param name="length">The size the browser or the multipart section declares: a larger file is refused unread.</param>
    public static async Task<Result<WorkbookUpload>> ReadAsync(string fileName, long length, Func<long, Stream> open, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName);
        if (length > MaxBytes) return Result<WorkbookUpload>.Failure(ResponseWorkbookProblems.FileTooLarge(MaxBytes, new Location(File: name)));
        using var content = new MemoryStream();
        await using (var stream = open(MaxBytes + 1))
        {
            // The declared length can lie: copy one byte more than allowed, so a longer stream is caught, not truncated.
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, ct)) > 0 && content.Length <= MaxBytes) content.Write(buffer, 0, read);
        }
        if (content.Length > MaxBytes) return Result<WorkbookUpload>.Failure(ResponseWorkbookProblems.FileTooLarge(MaxBytes, new Location(File: name)));
        return Result<WorkbookUpload>.Success(new WorkbookUpload(name, content.ToArray()));
    }
}
