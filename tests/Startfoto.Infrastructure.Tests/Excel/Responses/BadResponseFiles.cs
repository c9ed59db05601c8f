using System.IO.Compression;
using MiniExcelLibs;
using static Startfoto.Infrastructure.Tests.Excel.Responses.ResponseWorkbooks;

namespace Startfoto.Infrastructure.Tests.Excel.Responses;

/// <summary>Files that are no response workbook, or a broken one.</summary>
static class BadResponseFiles
{
    public static byte[] OverFiveMegabytes() => [.. Write(Test), .. new byte[5 * 1024 * 1024]];

    public static byte[] LegacyXls() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];

    public static byte[] Csv() => "Sleutel;Antwoord\nvorm;Lichte vorm\n"u8.ToArray();

    public static byte[] Pdf() => [.. "%PDF-1.4\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, .. "\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8];

    public static byte[] Docx() => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] Truncated() => Write(Test)[..3000];

    /// <summary>A sound zip whose sheet is no XML: MiniExcel fails inside.</summary>
    public static byte[] BrokenSheetXml() => Replace(Write(Test), "xl/worksheets/sheet1.xml", w => w.Write("<x:worksheet><x:sheetData><x:row"u8));

    /// <summary>A few kB that unpack to 60 MB: the sheet padded with spaces.</summary>
    public static byte[] ZipBomb() => Replace(Write(Test), "xl/worksheets/sheet1.xml", w =>
    {
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (var i = 0; i < 60; i++) w.Write(spaces);
    });

    /// <summary>An ordinary workbook with a sheet Vragenlijst, but not one Startfoto wrote.</summary>
    public static byte[] ForeignWorkbook()
    {
        var sheets = new Dictionary<string, object>
        {
            ["Vragenlijst"] = new List<Dictionary<string, object?>>
            {
                new() { ["Sleutel"] = "vorm", ["Antwoord"] = "Lichte vorm", ["Toelichting"] = null },
            },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }

    static byte[] Replace(byte[] xlsx, string entryName, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        buffer.Write(xlsx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entryName)!.Delete();
            using var entry = zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
            write(entry);
        }
        return buffer.ToArray();
    }
}
