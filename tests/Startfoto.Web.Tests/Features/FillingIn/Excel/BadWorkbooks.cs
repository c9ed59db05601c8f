using System.IO.Compression;

namespace Startfoto.Web.Tests.Features.FillingIn.Excel;

/// <summary>Files that are no response workbook or a broken one, most made from a real download.</summary>
static class BadWorkbooks
{
    public static byte[] OverFiveMegabytes(byte[] download) => [.. download, .. new byte[5 * 1024 * 1024]];

    public static byte[] LegacyXls() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];

    public static byte[] Csv() => "Sleutel;Antwoord\nteam;Ja\n"u8.ToArray();

    public static byte[] Pdf() => [.. "%PDF-1.4\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, .. "\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8];

    public static byte[] Truncated(byte[] download) => download[..3000];

    /// <summary>A few kB that unpack to 60 MB: the sheet padded with spaces.</summary>
    public static byte[] ZipBomb(byte[] download)
    {
        using var buffer = new MemoryStream();
        buffer.Write(download);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 60; i++) entry.Write(spaces);
        }
        return buffer.ToArray();
    }
}
