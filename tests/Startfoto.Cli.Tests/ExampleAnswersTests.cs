using System.Text.Json;
using System.Text.RegularExpressions;
using static Startfoto.Cli.Tests.CommandLine;

namespace Startfoto.Cli.Tests;

/// <summary>
/// questionnaires/examples/startfoto-&lt;tier&gt;-&lt;what&gt;.answers.json: each example, scored by ./startfoto score with the
/// shipped startfoto.json, gets the tier its name promises; two are checked against a computation by hand.
/// </summary>
public sealed partial class ExampleAnswersTests
{
    static readonly string Startfoto = Path.Combine(Questionnaires, "startfoto.json");

    [GeneratedRegex("^startfoto-(intensief|regulier|licht|geen)-")]
    private static partial Regex TierInName();

    [Fact]
    public async Task Every_example_gets_the_tier_in_its_name_and_every_tier_has_two_examples()
    {
        var (exit, output, errors) = await Run("score", "--questionnaire", Startfoto, "--answers-dir", Examples);

        Assert.Equal((0, ""), (exit, errors));
        var scored = output.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => (File: r.GetProperty("file").GetString()!, Tier: r.GetProperty("tier").GetString()!)).ToList();
        var named = scored.Where(s => TierInName().IsMatch(s.File)).ToList();
        Assert.All(named, s => Assert.Equal((s.File, TierInName().Match(s.File).Groups[1].Value), s));
        Assert.All(new[] { "intensief", "regulier", "licht", "geen" },
            tier => Assert.True(named.Count(s => s.Tier == tier) >= 2, $"minder dan twee voorbeelden voor '{tier}'"));
        Assert.Equal(Directory.GetFiles(Examples, "*.answers.json").Length, scored.Count);
    }

    // By hand, after INSTRUMENTS.md §5: items JDN ja/deels/nee 100/50/0, M4 niveau 1–4 0/33/67/100, multiple choice the share
    // ticked × 100, lt.huisarts in bands 0/33/67/100 (<1, <50, <90, rest), fin.realisatie ≤100/≤105/≤115/more 100/67/33/0 at
    // weight 0.5; ★ items weight 2, others 1. Theme score = Σ score × weight ÷ Σ weight, to one decimal; need ≥70 geen,
    // ≥50 licht, ≥30 matig, else hoog; then the floors. Tier themes: all but reg.

    [Fact]
    public async Task No_lokaal_team_matches_the_computation_by_hand()
    {
        // rw: afbakening★ 2→33×2=66, afweging deels 50, basis 3/5=60, collectief 2→33, beleidsplan ja 100: 309/6 = 51.5 licht
        // lt: team★ nee 0×2=0; taken, zelfhulp, expertise, fte hidden (lt.team = nee), so left out though answered;
        //     huisarts 60% → 67, domeinen (100+50+100+100+100)/5 = 90, 1818 3→67, informeel 3→67: 291/6 = 48.5 matig;
        //     floor lt.team = nee → hoog
        // zt: plan★ 3→134, trend gelijk 50 (asked: aantal 14 > 0), alternatief 2/5=40, toets ja 100, terugkeer 2→33,
        //     wachttijd aanzienlijk 33: 390/7 = 55.71 → 55.7 licht
        // kl: eisen★ 3→134, ervaring 33, participatie 33, leren 67, netwerk ja 100, outcome deels 50: 417/7 = 59.57 → 59.6 licht
        // reg: visie★ 3→134, vorm★ gr_centrum 67×2=134, inkoopaandeel meeste 67, standaarden 67, prijzen 100,
        //     bovenregionaal 100, gem.volgt 100, gem.invloed 2→33: 735/10 = 73.5 geen
        // dm: inzicht★ 2→66, levering ja 100, dashboard 33, wacht 33: 232/5 = 46.4 matig
        // fin: sturing★ 2→66, rapportage ja 100, realisatie 103.2% → 67×0.5 = 33.5, voorbereid 33: 232.5/4.5 = 51.67 → 51.7 licht
        // tier: rule 1, lt = hoog → intensief (one theme hoog, so it is the lokaal team alone)
        await AssertScoredByHand("startfoto-intensief-geen-lokaal-team", "intensief",
            ("rw", 51.5, "licht"), ("lt", 48.5, "hoog"), ("zt", 55.7, "licht"), ("kl", 59.6, "licht"),
            ("reg", 73.5, "geen"), ("dm", 46.4, "matig"), ("fin", 51.7, "licht"));
    }

    [Fact]
    public async Task Zelfhulp_niet_gestart_matches_the_computation_by_hand()
    {
        // rw: afbakening★ 3→134, afweging ja 100, basis 5/5=100, collectief 67, beleidsplan ja 100: 501/6 = 83.5 geen
        // lt: team★ ja 200, taken★ 4/5=80×2=160, zelfhulp★ 1→0×2=0, expertise ja 100, huisarts 93% → 100, domeinen all ja 100,
        //     1818 3→67, informeel 4→100: 827/11 = 75.18 → 75.2 geen; floor lt.zelfhulp = 1 → matig
        // zt: plan★ 3→134, trend gedaald 100, alternatief 4/5=80, toets ja 100, terugkeer 67, wachttijd aanzienlijk 33:
        //     514/7 = 73.43 → 73.4 geen
        // kl: eisen★ 3→134, ervaring 67, participatie 33, leren 67, netwerk ja 100, outcome deels 50: 451/7 = 64.43 → 64.4 licht
        // reg: visie★ 4→200, vorm★ gr_uitvoering 200, alles 100, standaarden 67, prijzen 100, bovenregionaal 100,
        //     gem.volgt 100, gem.invloed 67: 934/10 = 93.4 geen
        // dm: inzicht★ 3→134, levering ja 100, dashboard 67, wacht 2→33: 334/5 = 66.8 licht
        // fin: sturing★ 3→134, rapportage ja 100, realisatie 101.5% → 67×0.5 = 33.5, voorbereid 67: 334.5/4.5 = 74.33 → 74.3 geen
        // tier: rule 1 no (lt matig, 0 hoog); rule 2 no (lt scored); rule 3 lt = matig → regulier.
        // Without the floor: lt geen, 2 themes licht, none matig → geen: the floor is what makes it regulier.
        await AssertScoredByHand("startfoto-regulier-zelfhulp-niet-gestart", "regulier",
            ("rw", 83.5, "geen"), ("lt", 75.2, "matig"), ("zt", 73.4, "geen"), ("kl", 64.4, "licht"),
            ("reg", 93.4, "geen"), ("dm", 66.8, "licht"), ("fin", 74.3, "geen"));
    }

    static async Task AssertScoredByHand(string example, string tier, params (string Theme, double Score, string Need)[] themes)
    {
        var (exit, output, errors) = await Run("score", "--questionnaire", Startfoto, "--answers", Path.Combine(Examples, example + ".answers.json"));

        Assert.Equal((0, ""), (exit, errors));
        var root = JsonDocument.Parse(output).RootElement;
        var scored = root.GetProperty("themes").EnumerateArray()
            .Select(t => (t.GetProperty("theme").GetString()!, t.GetProperty("score").GetDouble(), t.GetProperty("need").GetString()!));
        Assert.Equal(themes, scored);
        Assert.All(root.GetProperty("themes").EnumerateArray(), t => Assert.Equal(1, t.GetProperty("coverage").GetDouble()));
        Assert.Equal(tier, root.GetProperty("tier").GetString());
    }
}
