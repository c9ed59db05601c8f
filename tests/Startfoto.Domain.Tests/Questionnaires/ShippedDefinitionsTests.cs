using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;

namespace Startfoto.Domain.Tests.Questionnaires;

public sealed class ShippedDefinitionsTests
{
    internal static string QuestionnairesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Startfoto.sln not found"), "questionnaires");
    }

    public static TheoryData<string> Files() => [.. Directory.GetFiles(QuestionnairesFolder(), "*.json").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Shipped_definition_reads_without_problems(string file)
    {
        var result = QuestionnaireJsonReader.Read(File.ReadAllText(Path.Combine(QuestionnairesFolder(), file)), file);

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Empty(StructureCheck.Run(result.Value!, file));
    }

    [Fact]
    public void The_startfoto_covers_the_seven_reform_themes_with_a_good_practice_and_a_need_per_theme()
    {
        var d = QuestionnaireJsonReader.Read(File.ReadAllText(Path.Combine(QuestionnairesFolder(), "startfoto.json")), "startfoto.json").Value!;

        Assert.Equal((InstrumentKind.Startfoto, QuestionnaireLevel.Gemeente), (d.Kind, d.Level));
        Assert.Equal(["rw", "lt", "zt", "kl", "reg", "dm", "fin"], d.Themes.Select(t => t.Key));
        foreach (var theme in d.Themes)
        {
            Assert.Contains(d.Questions, q => q.Key == $"{theme.Key}.voorbeeld" && q.Shareable && q.VisibleWhen is not null);
            Assert.Contains(d.Questions, q => q.Key == $"{theme.Key}.behoefte" && q.Type == QuestionType.MultipleChoice);
        }
        Assert.Contains(d.Questions, q => q.VisibleWhen == "${lt.team} != 'nee'");
    }

    [Fact]
    public void Items_shared_by_the_two_instruments_have_the_same_key_type_and_options()
    {
        var startfoto = Read("startfoto.json");
        var scan = Read("robuustheidsscan.json");

        var shared = startfoto.Questions.Select(q => q.Key).Intersect(scan.Questions.Select(q => q.Key)).ToList();
        Assert.Equal(["reg.visie", "reg.vorm", "reg.inkoopaandeel", "reg.standaarden", "reg.prijzen", "reg.bovenregionaal"], shared);
        foreach (var key in shared)
        {
            var (a, b) = (startfoto.Questions.Single(q => q.Key == key), scan.Questions.Single(q => q.Key == key));
            Assert.Equal(a.Type, b.Type);
            Assert.Equal(a.Options.Select(o => (o.Value, o.Score)), b.Options.Select(o => (o.Value, o.Score)));
        }
    }

    [Fact]
    public void The_robuustheidsscan_scores_five_criteria_at_regio_level_with_conversation_fields()
    {
        var scan = Read("robuustheidsscan.json");

        Assert.Equal((InstrumentKind.Robuustheidsscan, QuestionnaireLevel.Jeugdregio), (scan.Kind, scan.Level));
        Assert.Equal(["visie", "samenwerking", "structuur", "inkoop", "schaal"], scan.Themes.Select(t => t.Key));
        Assert.Equal(["oordeel", "motivering", "zekerheid", "bronnen", "afspraken", "behoefte"], scan.Conversation.PerTheme.Select(q => q.Key));
    }

    static QuestionnaireDefinition Read(string file) =>
        QuestionnaireJsonReader.Read(File.ReadAllText(Path.Combine(QuestionnairesFolder(), file)), file).Value!;
}
