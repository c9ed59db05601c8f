using System.Collections.Immutable;

namespace Startfoto.Domain.Indeling;

/// <summary>What importing a new indeling for a year changes compared with the one stored; empty when nothing does.</summary>
public sealed record IndelingChanges(
    IndelingTable Before,
    IndelingTable After,
    ImmutableArray<IndelingGemeente> Added,
    ImmutableArray<IndelingGemeente> Removed,
    ImmutableArray<GemeenteMove> Moved,
    ImmutableArray<GemeenteRename> Renamed,
    ImmutableArray<GemeenteProvincieChange> ProvincieChanged,
    ImmutableArray<IndelingJeugdregio> JeugdregiosAdded,
    ImmutableArray<IndelingJeugdregio> JeugdregiosRemoved,
    ImmutableArray<JeugdregioRename> JeugdregiosRenamed)
{
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Moved.IsEmpty && Renamed.IsEmpty && ProvincieChanged.IsEmpty
        && JeugdregiosAdded.IsEmpty && JeugdregiosRemoved.IsEmpty && JeugdregiosRenamed.IsEmpty;

    public static IndelingChanges Between(IndelingTable before, IndelingTable after)
    {
        var old = before.Gemeenten.ToDictionary(g => g.Code);
        var now = after.Gemeenten.ToDictionary(g => g.Code);
        var kept = after.Gemeenten.Where(g => old.ContainsKey(g.Code)).Select(g => (Before: old[g.Code], After: g)).ToList();
        var oldRegios = before.Jeugdregios.ToDictionary(r => r.Code);
        var newRegios = after.Jeugdregios.ToDictionary(r => r.Code);
        return new IndelingChanges(before, after,
            Added: [.. after.Gemeenten.Where(g => !old.ContainsKey(g.Code))],
            Removed: [.. before.Gemeenten.Where(g => !now.ContainsKey(g.Code))],
            Moved: [.. kept.Where(k => k.Before.JeugdregioCode != k.After.JeugdregioCode).Select(k => new GemeenteMove(k.Before, k.After))],
            Renamed: [.. kept.Where(k => k.Before.Name != k.After.Name).Select(k => new GemeenteRename(k.After.Code, k.Before.Name, k.After.Name))],
            ProvincieChanged: [.. kept.Where(k => k.Before.ProvincieCode != k.After.ProvincieCode || k.Before.ProvincieName != k.After.ProvincieName)
                .Select(k => new GemeenteProvincieChange(k.Before, k.After))],
            JeugdregiosAdded: [.. after.Jeugdregios.Where(r => !oldRegios.ContainsKey(r.Code))],
            JeugdregiosRemoved: [.. before.Jeugdregios.Where(r => !newRegios.ContainsKey(r.Code))],
            JeugdregiosRenamed: [.. after.Jeugdregios.Where(r => oldRegios.TryGetValue(r.Code, out var o) && o.Name != r.Name)
                .Select(r => new JeugdregioRename(r.Code, oldRegios[r.Code].Name, r.Name))]);
    }

    /// <summary>Dutch, one line per change; a first import of a year is summed up instead of listing every gemeente.</summary>
    public IReadOnlyList<string> Describe(int year)
    {
        var counts = $"{After.Gemeenten.Length} gemeenten in {After.Jeugdregios.Length} jeugdregio's";
        if (IsEmpty) return [$"Geen wijzigingen: de indeling van {year} was al gelijk aan dit bestand ({counts})."];
        if (Before.IsEmpty) return [$"Indeling {year} geïmporteerd: {counts}."];

        var lines = new List<string> { $"Indeling {year} bijgewerkt: {Counted(Added.Length, "toegevoegd")}, {Counted(Removed.Length, "verwijderd")}, " +
            $"{Counted(Moved.Length, "naar een andere jeugdregio verplaatst")}, {Counted(Renamed.Length, "hernoemd")}; nu {counts}." };
        lines.AddRange(Added.Select(g => $"  toegevoegd: {g} ({g.JeugdregioCode} {g.JeugdregioName})"));
        lines.AddRange(Removed.Select(g => $"  verwijderd: {g} (was {g.JeugdregioCode} {g.JeugdregioName})"));
        lines.AddRange(Moved.Select(m => $"  verplaatst: {m.After} van {m.Before.JeugdregioCode} {m.Before.JeugdregioName} naar {m.After.JeugdregioCode} {m.After.JeugdregioName}"));
        lines.AddRange(Renamed.Select(r => $"  hernoemd: {r.Code} '{r.OldName}' heet nu '{r.NewName}'"));
        lines.AddRange(ProvincieChanged.Select(p => $"  andere provincie: {p.After} van {p.Before.ProvincieCode} {p.Before.ProvincieName} naar {p.After.ProvincieCode} {p.After.ProvincieName}"));
        lines.AddRange(JeugdregiosAdded.Select(r => $"  nieuwe jeugdregio: {r}"));
        lines.AddRange(JeugdregiosRemoved.Select(r => $"  jeugdregio vervallen: {r}"));
        lines.AddRange(JeugdregiosRenamed.Select(r => $"  jeugdregio hernoemd: {r.Code} '{r.OldName}' heet nu '{r.NewName}'"));
        return lines;
    }

    static string Counted(int n, string what) => n == 1 ? $"1 gemeente {what}" : $"{n} gemeenten {what}";
}
