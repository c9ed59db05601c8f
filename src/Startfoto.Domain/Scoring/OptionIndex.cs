using System.Collections.Frozen;

namespace Startfoto.Domain.Scoring;

/// <summary>
/// An option value's position among a question's options, looked up without allocating. A scored question has a handful
/// of options ("1"–"4", ja/deels/nee) that differ in length or first character: a 64-entry table on those two finds the
/// one candidate without hashing the text or trying each option in turn (random answers make such a loop mispredict),
/// and one comparison confirms it. Options that share a table entry, or a long list, go through a frozen dictionary.
/// </summary>
sealed class OptionIndex
{
    const int Entries = 64;

    readonly string[] values;
    readonly sbyte[]? candidates; // by Entry(text): the one option that can be it, -1 for none
    readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public OptionIndex(IReadOnlyList<string> values)
    {
        this.values = [.. values];
        var table = new sbyte[Entries];
        Array.Fill(table, (sbyte)-1);
        var distinct = this.values.Length < sbyte.MaxValue && this.values.All(v => v.Length > 0);
        for (var i = 0; i < this.values.Length && distinct; i++)
        {
            ref var entry = ref table[Entry(this.values[i])];
            distinct = entry < 0;
            entry = (sbyte)i;
        }
        if (distinct) candidates = table;
        else lookup = this.values.Select((v, i) => (v, i)).ToFrozenDictionary(p => p.v, p => p.i, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => values.Length;

    static int Entry(ReadOnlySpan<char> text) => (text[0] + 7 * text.Length) & (Entries - 1);

    /// <summary>The position of <paramref name="text"/> among the values, -1 when it is none of them.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        if (candidates is null) return lookup.TryGetValue(text, out var found) ? found : -1;
        if (text.IsEmpty) return -1;
        var candidate = candidates[Entry(text)];
        return candidate >= 0 && text.SequenceEqual(values[candidate]) ? candidate : -1;
    }
}
