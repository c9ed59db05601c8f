using Startfoto.Domain.Indeling;
using static Startfoto.Domain.Tests.Indeling.Tables;

namespace Startfoto.Domain.Tests.Indeling;

public sealed class IndelingChangesTests
{
    [Fact]
    public void The_same_table_has_no_changes()
    {
        var changes = IndelingChanges.Between(Valid(Leiden, Rotterdam), Valid(Rotterdam, Leiden));

        Assert.True(changes.IsEmpty);
        Assert.StartsWith("Geen wijzigingen", Assert.Single(changes.Describe(2024)));
    }

    [Fact]
    public void A_first_import_is_summed_up()
    {
        var changes = IndelingChanges.Between(IndelingTable.Empty, Valid(Leiden, Rotterdam));

        Assert.Equal(["Indeling 2024 geïmporteerd: 2 gemeenten in 2 jeugdregio's."], changes.Describe(2024));
    }

    [Fact]
    public void Added_removed_moved_and_renamed_gemeenten_and_regios_are_found_and_described()
    {
        var before = Valid(Leiden, Katwijk, Rotterdam);
        var after = Valid(
            "GM0546|Leiden|JZ29|Rijnmond|PV28|Zuid-Holland",
            "GM0599|Rotterdam aan de Maas|JZ29|Rijnmond|PV28|Zuid-Holland",
            "GM1992|Voorne aan Zee|JZ30|Nieuwe regio|PV28|Zuid-Holland");

        var changes = IndelingChanges.Between(before, after);

        Assert.Equal(["GM1992"], changes.Added.Select(g => g.Code.Value));
        Assert.Equal(["GM0537"], changes.Removed.Select(g => g.Code.Value));
        Assert.Equal([("GM0546", "JZ18", "JZ29")], changes.Moved.Select(m => (m.After.Code.Value, m.Before.JeugdregioCode.Value, m.After.JeugdregioCode.Value)));
        Assert.Equal([new GemeenteRename(new("GM0599"), "Rotterdam", "Rotterdam aan de Maas")], changes.Renamed.ToArray());
        Assert.Equal(["JZ30"], changes.JeugdregiosAdded.Select(r => r.Code.Value));
        Assert.Equal(["JZ18"], changes.JeugdregiosRemoved.Select(r => r.Code.Value));
        Assert.Equal(
            [
                "Indeling 2025 bijgewerkt: 1 gemeente toegevoegd, 1 gemeente verwijderd, 1 gemeente naar een andere jeugdregio verplaatst, 1 gemeente hernoemd; nu 3 gemeenten in 2 jeugdregio's.",
                "  toegevoegd: GM1992 Voorne aan Zee (JZ30 Nieuwe regio)",
                "  verwijderd: GM0537 Katwijk (was JZ18 Holland Rijnland)",
                "  verplaatst: GM0546 Leiden van JZ18 Holland Rijnland naar JZ29 Rijnmond",
                "  hernoemd: GM0599 'Rotterdam' heet nu 'Rotterdam aan de Maas'",
                "  nieuwe jeugdregio: JZ30 Nieuwe regio",
                "  jeugdregio vervallen: JZ18 Holland Rijnland",
            ],
            changes.Describe(2025));
    }

    [Fact]
    public void A_renamed_jeugdregio_and_another_provincie_are_changes()
    {
        var changes = IndelingChanges.Between(Valid(Leiden), Valid("GM0546|Leiden|JZ18|Holland-Rijnland|PV27|Noord-Holland"));

        Assert.False(changes.IsEmpty);
        Assert.Equal([new JeugdregioRename(new("JZ18"), "Holland Rijnland", "Holland-Rijnland")], changes.JeugdregiosRenamed.ToArray());
        Assert.Equal(["PV27"], changes.ProvincieChanged.Select(p => p.After.ProvincieCode.Value));
    }
}
