using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Startfoto.Domain.Indeling;
using Startfoto.Infrastructure.Indeling;

namespace Startfoto.Infrastructure.Tests.Indeling;

/// <summary>Indeling files as people make them, good and bad, built from the shipped 2024 seed.</summary>
static class IndelingFiles
{
    public static readonly byte[] Seed2024 = IndelingSeed.Csv(2024);

    public static string SeedText => Encoding.UTF8.GetString(Seed2024);

    public static IndelingTable SeedTable => IndelingFileReader.ReadIndeling(Seed2024, "seed.csv").Value!;

    public static byte[] Utf8(string text, bool bom = false) =>
        [.. bom ? Encoding.UTF8.Preamble : [], .. new UTF8Encoding(false).GetBytes(text)];

    public static byte[] Lines(params string[] lines) => Utf8(string.Join("\n", lines) + "\n");

    /// <summary>The seed as Dutch Excel saves "CSV UTF-8": semicolons, CRLF, a BOM, quotes only where a semicolon needs them.</summary>
    public static byte[] DutchExcel(IndelingTable table) => Utf8(Join(table, ";", quoteAll: false, "\r\n"), bom: true);

    public static byte[] AllQuoted(IndelingTable table) => Utf8(Join(table, ",", quoteAll: true, "\n"));

    public static string Join(IndelingTable table, string separator, bool quoteAll, string newLine)
    {
        string Q(string v) => quoteAll || v.Contains(separator) ? $"\"{v.Replace("\"", "\"\"")}\"" : v;
        var lines = table.Gemeenten.Select(g => string.Join(separator, new[]
            { g.Code.Value, g.Name, g.JeugdregioCode.Value, g.JeugdregioName, g.ProvincieCode.Value, g.ProvincieName }.Select(Q)));
        return string.Join(newLine, [string.Join(separator, IndelingColumns.All.Select(Q)), .. lines]) + newLine;
    }

    /// <summary>A workbook whose first sheet holds the rows (first row = header), written by MiniExcel.</summary>
    public static byte[] Xlsx(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var sheet = rows.Select(r => r.Select((v, i) => (Column: ((char)('A' + i)).ToString(), Value: v))
            .ToDictionary(c => c.Column, c => c.Value)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static byte[] Xlsx(IndelingTable table) => Xlsx([
        [.. IndelingColumns.All],
        .. table.Gemeenten.Select(g => new object?[]
            { g.Code.Value, g.Name, g.JeugdregioCode.Value, g.JeugdregioName, g.ProvincieCode.Value, g.ProvincieName })]);

    /// <summary>Turns a text cell into a formula with that text as its cached result, as Excel saves it.</summary>
    public static byte[] WithFormula(byte[] xlsx, string cell, string formula)
    {
        using var buffer = new MemoryStream();
        buffer.Write(xlsx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(sheet.Open())) xml = reader.ReadToEnd();
            var edited = Regex.Replace(xml, $"<x:c r=\"{cell}\"([^>]*)><x:v>", $"<x:c r=\"{cell}\"$1><x:f>{formula}</x:f><x:v>");
            Assert.NotEqual(xml, edited);
            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(edited);
        }
        return buffer.ToArray();
    }

    /// <summary>A valid workbook whose sheet is replaced by megabytes of whitespace that deflate to almost nothing.</summary>
    public static byte[] ZipBombXlsx()
    {
        var bytes = Xlsx(IndelingFiles.SeedTable);
        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var huge = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 20; i++) huge.Write(spaces);
        }
        return buffer.ToArray();
    }

    public static byte[] Zip(string entryName, string content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry(entryName).Open()))
            writer.Write(content);
        return buffer.ToArray();
    }
}
