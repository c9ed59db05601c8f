using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// The hidden sheet with option labels, one column per distinct list: the source of the drop-down lists. Excel's
/// inline list ("Ja,Deels,Nee") breaks on labels with a comma and stops at 255 characters, a range does neither.
/// </summary>
sealed class OptionLists
{
    public const string SheetName = "Keuzelijsten";

    readonly List<List<string>> lists = [];
    readonly Dictionary<string, string> ranges = new(StringComparer.Ordinal);

    public int Count => lists.Count;

    public string RangeFor(AnswerSlot slot)
    {
        var labels = new ChoiceLabels(slot).Labels.ToList();
        var content = string.Join('\u0001', labels);
        if (ranges.TryGetValue(content, out var range)) return range;
        var column = ColumnLetters.Of(lists.Count);
        lists.Add(labels);
        // Row 1 holds the list's header, the labels start in row 2.
        range = $"'{SheetName}'!${column}$2:${column}${labels.Count + 1}";
        ranges.Add(content, range);
        return range;
    }

    public List<Dictionary<string, object?>> Rows() =>
    [
        .. Enumerable.Range(0, lists.Max(l => l.Count)).Select(i =>
            lists.Select((list, n) => (Header: $"Lijst {n + 1}", Label: i < list.Count ? list[i] : null))
                .ToDictionary(c => c.Header, c => (object?)c.Label)),
    ];
}
