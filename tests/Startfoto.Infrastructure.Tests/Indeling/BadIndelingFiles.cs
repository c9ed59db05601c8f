using System.Text;
using static Startfoto.Infrastructure.Tests.Indeling.IndelingFiles;

namespace Startfoto.Infrastructure.Tests.Indeling;

/// <summary>Every bad file from the issue, with the first problem it must give: code, row and column (null: the whole file).</summary>
static class BadIndelingFiles
{
    public sealed record Case(string FileName, Func<byte[]> Content, string Code, int? Row, string? Column);

    const string Header = "gemeentecode,gemeentenaam,jeugdregiocode,jeugdregionaam,provinciecode,provincienaam";
    const string Leiden = "GM0546,Leiden,JZ18,Holland Rijnland,PV28,Zuid-Holland";

    public static readonly Dictionary<string, Case> All = new()
    {
        ["missing column"] = new("indeling.csv",
            () => Lines("gemeentecode,gemeentenaam,jeugdregionaam,provinciecode,provincienaam", "GM0546,Leiden,Holland Rijnland,PV28,Zuid-Holland"),
            "IND011", 1, "jeugdregiocode"),
        ["malformed code"] = new("indeling.csv",
            () => Lines(Header, Leiden, "GM12,Leiden-Noord,JZ18,Holland Rijnland,PV28,Zuid-Holland", "GM0537,Katwijk,JZ4A,Holland Rijnland,PV28,Zuid-Holland"),
            "IND015", 3, "gemeentecode"),
        ["duplicate gemeentecode"] = new("indeling.csv",
            () => Lines(Header, Leiden, "GM0537,Katwijk,JZ18,Holland Rijnland,PV28,Zuid-Holland", "GM0546,Leyden,JZ18,Holland Rijnland,PV28,Zuid-Holland"),
            "IND018", 4, "gemeentecode"),
        ["regio with two names"] = new("indeling.csv",
            () => Lines(Header, Leiden, "GM0537,Katwijk,JZ18,Rijnland,PV28,Zuid-Holland"),
            "IND019", 3, "jeugdregionaam"),
        ["empty file"] = new("indeling.csv", () => [], "IND002", null, null),
        ["only a BOM and blank lines"] = new("indeling.csv", () => Utf8("\r\n\r\n", bom: true), "IND002", null, null),
        ["only a header"] = new("indeling.csv", () => Lines(Header, "", ""), "IND013", 1, null),
        ["PNG named csv"] = new("indeling.csv",
            () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0],
            "IND003", null, null),
        ["PDF named csv"] = new("indeling.csv",
            () => [.. "%PDF-1.4\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, .. "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8],
            "IND003", null, null),
        ["binary named csv"] = new("indeling.csv", () => [.. "gemeentecode\0\u0001\u0002"u8, 0, 0, 0], "IND003", null, null),
        ["xlsx that is plain text"] = new("indeling.xlsx", () => Lines("Dit is geen spreadsheet maar een notitie."), "IND011", 1, "gemeentecode"),
        ["over 5 MB"] = new("indeling.csv",
            () => Utf8(SeedText + string.Concat(Enumerable.Repeat(SeedText.Split('\n', 2)[1], 280))), "IND001", null, null),
        ["corrupt zip"] = new("indeling.xlsx", () => Xlsx(SeedTable)[..3000], "IND006", null, null),
        ["zip bomb xlsx"] = new("indeling.xlsx", ZipBombXlsx, "IND007", null, null),
        ["zip that is no workbook"] = new("indeling.xlsx", () => Zip("gemeenten.csv", SeedText), "IND008", null, null),
        ["old xls"] = new("indeling.xls", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "IND009", null, null),
        ["Windows-1252 text"] = new("indeling.csv", () => Encoding.Latin1.GetBytes(SeedText), "IND004", FirstNonAsciiRow(), "jeugdregionaam"),
        ["UTF-16 text"] = new("indeling.csv", () => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(SeedText)], "IND005", null, null),
        ["unbalanced quotes"] = new("indeling.csv",
            () => Lines(Header, Leiden, "GM0537,\"Katwijk\" aan Zee,JZ18,Holland Rijnland,PV28,Zuid-Holland"), "IND010", 3, null),
    };

    public static IEnumerable<object[]> Names => All.Keys.Select((name, i) => new object[] { name });

    /// <summary>In the seed the first name with a non-ASCII letter is jeugdregio "Friesland (Fryslân)".</summary>
    static int FirstNonAsciiRow() =>
        SeedText.Split('\n').Select((line, i) => (line, row: i + 1)).First(l => l.line.Any(c => c > 127)).row;
}
