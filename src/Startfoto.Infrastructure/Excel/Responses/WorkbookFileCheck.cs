using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// Whether an upload may be opened as a workbook at all, judged by its size and content, never by its extension:
/// too large, no xlsx (an old .xls, a CSV, a PDF, another zip), corrupt, or a zip bomb.
/// </summary>
static class WorkbookFileCheck
{
    public const long MaxBytes = 5L * 1024 * 1024;

    public static Problem? Check(byte[] content, Location at)
    {
        if (content.LongLength > MaxBytes) return ResponseWorkbookProblems.FileTooLarge(MaxBytes, at);
        if (content.Length == 0) return ResponseWorkbookProblems.NotAnXlsx("een leeg bestand", at);
        var (kind, looksLike) = FileSignature.Detect(content);
        var notXlsx = kind switch
        {
            FileSignature.Kind.Zip => null,
            FileSignature.Kind.LegacyOffice => "een oud Excel-bestand (.xls) of een met een wachtwoord beveiligde werkmap",
            FileSignature.Kind.Text or FileSignature.Kind.Utf16 => "tekst (bijvoorbeeld CSV)",
            _ => looksLike ?? "een binair bestand",
        };
        if (notXlsx is not null) return ResponseWorkbookProblems.NotAnXlsx(notXlsx, at);
        return ZipBombGuard.Check(content) switch
        {
            ZipBombGuard.Verdict.NotAWorkbook => ResponseWorkbookProblems.NotAnXlsx("een ander zip-bestand (bijvoorbeeld .docx of .ods)", at),
            ZipBombGuard.Verdict.Corrupt => ResponseWorkbookProblems.CorruptWorkbook(at),
            ZipBombGuard.Verdict.TooLargeUnpacked => ResponseWorkbookProblems.OverCompressed(ZipBombGuard.MaxUnpackedBytes, at),
            _ => null,
        };
    }
}
