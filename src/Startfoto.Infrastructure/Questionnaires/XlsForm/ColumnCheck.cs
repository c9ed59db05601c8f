using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// The header of a sheet: a column twice is reported (it is unclear which one counts), a known XLSForm column we do
/// not support is reported at every filled cell, an unknown column once if it holds anything. Nothing is dropped silently.
/// </summary>
static class ColumnCheck
{
    public static void Run(XlsFormSheet sheet, IReadOnlyCollection<string> known, List<Problem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sheet.Headers.Length; i++)
        {
            var header = XlsFormSheet.Normalise(sheet.Headers[i]);
            if (header.Length == 0) continue;
            if (seen.TryGetValue(header, out var first))
            {
                problems.Add(XlsFormProblems.DuplicateColumn(sheet.Headers[i], Letter(first), Letter(i), sheet.Header(i)));
                continue;
            }
            seen.Add(header, i);
            var baseName = XlsFormColumns.BaseName(header);
            if (known.Contains(header) || (XlsFormColumns.Translated.Contains(baseName) && known.Contains(baseName))) continue;
            var filled = sheet.DataRows.Where(r => !string.IsNullOrWhiteSpace(r.Cell(i))).ToList();
            if (XlsFormColumns.Unsupported.TryGetValue(baseName, out var reason))
                problems.AddRange(filled.Select(r => XlsFormProblems.UnsupportedColumn(sheet.Headers[i], reason, sheet.At(r, i))));
            else if (filled.Count > 0) problems.Add(XlsFormProblems.UnknownColumn(sheet.Headers[i], sheet.Header(i)));
        }
    }

    /// <summary>0 → A, 25 → Z, 26 → AA, as Excel names columns.</summary>
    public static string Letter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
