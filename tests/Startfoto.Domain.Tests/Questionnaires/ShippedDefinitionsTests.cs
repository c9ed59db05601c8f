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
}
