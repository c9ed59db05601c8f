using System.IO.Compression;

namespace Startfoto.Infrastructure.Excel;

/// <summary>
/// Checks a zip before a spreadsheet reader unpacks it: a corrupt archive, a zip that is no workbook, and a zip bomb
/// (a few kB that unpack to gigabytes) are refused. Sizes in the zip directory can lie, so every entry is actually
/// inflated here with a running limit; the content is thrown away. Each caller words the verdict for its own users.
/// </summary>
static class ZipBombGuard
{
    public enum Verdict { Workbook, Corrupt, NotAWorkbook, TooLargeUnpacked }

    public const long MaxUnpackedBytes = 50L * 1024 * 1024;
    public const long MaxRatio = 100;
    const long RatioCheckedFrom = 1024 * 1024;

    public static Verdict Check(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.xml") is null || zip.GetEntry("[Content_Types].xml") is null) return Verdict.NotAWorkbook;
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes) return Verdict.TooLargeUnpacked;

            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                long unpacked = 0;
                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    unpacked += read;
                    total += read;
                    if (total > MaxUnpackedBytes) return Verdict.TooLargeUnpacked;
                    if (unpacked > RatioCheckedFrom && unpacked > MaxRatio * Math.Max(1, entry.CompressedLength))
                        return Verdict.TooLargeUnpacked;
                }
            }
            return Verdict.Workbook;
        }
        catch (InvalidDataException)
        {
            return Verdict.Corrupt;
        }
        catch (NotSupportedException)
        {
            // e.g. an encryption or compression method the reader does not know
            return Verdict.Corrupt;
        }
    }
}
