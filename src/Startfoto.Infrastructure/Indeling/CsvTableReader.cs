using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;
using Startfoto.Domain.Indeling;
using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Indeling;

/// <summary>
/// CSV as people produce it: comma or semicolon (Dutch Excel writes semicolons), with or without a UTF-8 BOM, quoted
/// fields, trailing empty lines and columns. Anything that is not UTF-8 is refused, as its names would be garbled.
/// </summary>
static class CsvTableReader
{
    static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Result<RawTable> Read(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[Encoding.UTF8.Preamble.Length..];
        var valid = Utf8.IsValid(bytes);
        // Invalid bytes become U+FFFD, so parsing still finds the rows and columns where they are.
        var text = Lenient.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text)) return Result<RawTable>.Failure(IndelingProblems.EmptyFile(new Location(File: fileName)));

        var problems = new List<Problem>();
        var rows = Parse(text, fileName, problems);
        // A file of only separators (",,,") has no header either.
        if (rows.FirstOrDefault(r => !r.IsBlank) is not { } header)
            return Result<RawTable>.Failure(IndelingProblems.EmptyFile(new Location(File: fileName)));
        if (!valid)
        {
            foreach (var row in rows)
                for (var i = 0; i < row.Cells.Length; i++)
                    if (row.Cells[i].Contains('\uFFFD'))
                        problems.Add(IndelingProblems.NotUtf8(Sample(row.Cells[i]),
                            new Location(fileName, row.Number, ColumnName(header, i))));
        }
        return problems.Count > 0
            ? Result<RawTable>.Failure(problems.OrderBy(p => p.At.Row))
            : Result<RawTable>.Success(new RawTable(header, [.. rows.Where(r => r.Number > header.Number)]));
    }

    static List<RawRow> Parse(string text, string fileName, List<Problem> problems)
    {
        var badRows = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DetectDelimiter(text),
            HasHeaderRecord = false,
            IgnoreBlankLines = false,    // keep blank lines so row numbers stay what the user sees
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args =>
            {
                if (badRows.Add(args.Context.Parser!.Row))
                    problems.Add(IndelingProblems.BadQuotes(new Location(fileName, args.Context.Parser.Row)));
            },
        };
        var rows = new List<RawRow>();
        using var parser = new CsvParser(new StringReader(text), config);
        while (parser.Read())
            rows.Add(new RawRow(parser.Row, [.. parser.Record ?? []]));
        return rows;
    }

    /// <summary>The separator is whichever of comma and semicolon occurs most in the first line, outside quotes.</summary>
    static string DetectDelimiter(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r' && commas + semicolons > 0) break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ";" : ",";
    }

    static string ColumnName(RawRow header, int index) =>
        header.Cell(index).Trim() is { Length: > 0 and <= 40 } name && !name.Contains('\uFFFD') ? name.ToLowerInvariant() : $"{index + 1}";

    static string Sample(string cell) => cell.Length <= 60 ? cell : cell[..57] + "…";
}
