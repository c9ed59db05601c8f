using Startfoto.Domain.Scoring;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// The item and band rows of the scoring sheet, gathered by key: a band belongs to the item rule of its key, in row order,
/// wherever the item row stands; bands without an item row make a rule that scores by bands. A second item row for a key
/// stays a rule of its own, so that the compiler reports the duplicate at its row.
/// </summary>
sealed class ScoringItemRows
{
    sealed class Entry(string key, int row, bool hasItemRow)
    {
        public readonly List<ScoreBand> Bands = [];
        public readonly List<int> BandRows = [];
        public int Row { get; set; } = row;
        public bool HasItemRow { get; set; } = hasItemRow;
        public ItemMethod? Method { get; set; }

        public ItemRule ToRule() => new(key, Method ?? (Bands.Count > 0 ? ItemMethod.Bands : ItemMethod.Options), [.. Bands]);
    }

    readonly List<Entry> entries = [];
    readonly Dictionary<string, Entry> first = new(StringComparer.Ordinal);

    public IEnumerable<ItemRule> Rules => entries.Select(e => e.ToRule());

    public IEnumerable<ScoringSheetRows.ItemRows> Rows => entries.Select(e => new ScoringSheetRows.ItemRows(e.Row, e.HasItemRow, e.BandRows));

    public void Item(string key, int row, ItemMethod? method)
    {
        if (first.TryGetValue(key, out var entry) && !entry.HasItemRow)
            (entry.Row, entry.HasItemRow) = (row, true); // its bands came first
        else
            entry = Add(key, row, hasItemRow: true);
        entry.Method = method;
    }

    public void Band(string key, int row, ScoreBand band)
    {
        var entry = first.GetValueOrDefault(key) ?? Add(key, row, hasItemRow: false);
        entry.Bands.Add(band);
        entry.BandRows.Add(row);
    }

    Entry Add(string key, int row, bool hasItemRow)
    {
        var entry = new Entry(key, row, hasItemRow);
        entries.Add(entry);
        first.TryAdd(key, entry);
        return entry;
    }
}
