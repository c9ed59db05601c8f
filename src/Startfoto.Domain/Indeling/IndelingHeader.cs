using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Indeling;

/// <summary>
/// Where each expected column is in a header row. Names match trimmed and case-insensitively; extra columns are
/// allowed and ignored, so a file with a remark column or Excel's empty trailing columns still reads.
/// </summary>
sealed class IndelingHeader
{
    readonly Dictionary<string, int> index;

    IndelingHeader(Dictionary<string, int> index) => this.index = index;

    public int this[string column] => index[column];

    public static IndelingHeader Read(RawRow header, List<Problem> problems)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var name = header.Cells[i].Trim();
            if (!IndelingColumns.All.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (index.TryGetValue(name, out var first))
                problems.Add(IndelingProblems.DuplicateColumn(name.ToLowerInvariant(), first + 1, i + 1,
                    Location.AtRow(header.Number, name.ToLowerInvariant())));
            else
                index[name] = i;
        }
        foreach (var column in IndelingColumns.All.Where(c => !index.ContainsKey(c)))
            problems.Add(IndelingProblems.MissingColumn(column, Location.AtRow(header.Number, column)));
        return new IndelingHeader(index);
    }
}
