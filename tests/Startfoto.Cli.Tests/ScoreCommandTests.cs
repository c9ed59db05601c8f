using System.Text.Json;
using System.Text.Json.Nodes;
using static Startfoto.Cli.Tests.CommandLine;

namespace Startfoto.Cli.Tests;

/// <summary>./startfoto score: a definition with scoring rules and answers in, scores, needs, tier and reasons out as JSON.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    static readonly string Startfoto = Path.Combine(Questionnaires, "startfoto.json");
    static readonly string Insufficient = Example("startfoto-regulier-lt-onvoldoende-gegevens");
    static readonly string NoTeam = Example("startfoto-intensief-geen-lokaal-team");

    readonly string folder = Directory.CreateTempSubdirectory("startfoto-cli-score-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static string Example(string name) => Path.Combine(Examples, name + ".answers.json");

    string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Score_prints_per_theme_score_coverage_and_need_the_tier_its_flag_and_the_explanation()
    {
        var (exit, output, errors) = await Run("score", "--questionnaire", Startfoto, "--answers", Insufficient);

        Assert.Equal((0, ""), (exit, errors));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["themes", "tier", "flag", "explanation"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("""{"theme":"rw","score":66.2,"coverage":1,"need":"licht"}""", Compact(root.GetProperty("themes")[0]));
        Assert.Equal("""{"theme":"lt","score":null,"coverage":0.364,"need":null}""", Compact(root.GetProperty("themes")[1]));
        Assert.Equal(("regulier", "adviseur beoordeelt"), (root.GetProperty("tier").GetString(), root.GetProperty("flag").GetString()));
        var explanation = root.GetProperty("explanation").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal("Stevige lokale teams: onvoldoende gegevens (dekking 36%, minimaal 60% nodig).", explanation[1]);
        Assert.Equal("Let op: adviseur beoordeelt.", explanation[^1]);
    }

    [Fact]
    public async Task A_tier_whose_rule_has_no_flag_prints_no_flag()
    {
        var (exit, output, _) = await Run("score", "--questionnaire", Startfoto, "--answers", NoTeam, "--today", "2025-06-01");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.TryGetProperty("flag", out _));
        Assert.Equal("intensief", json.RootElement.GetProperty("tier").GetString());
    }

    [Fact]
    public async Task Answers_dir_prints_one_json_line_per_answers_file_sorted_by_name_with_its_file_name()
    {
        var dir = Directory.CreateDirectory(Path.Combine(folder, "gemeenten")).FullName;
        File.Copy(NoTeam, Path.Combine(dir, "b-gemeente.answers.json"));
        File.Copy(Insufficient, Path.Combine(dir, "a-gemeente.answers.json"));
        File.WriteAllText(Path.Combine(dir, "notities.json"), "geen antwoorden");

        var (exit, output, errors) = await Run("score", "--questionnaire", Startfoto, "--answers-dir", dir);

        Assert.Equal((0, ""), (exit, errors));
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([("a-gemeente.answers.json", "regulier"), ("b-gemeente.answers.json", "intensief")],
            parsed.Select(p => (p.GetProperty("file").GetString(), p.GetProperty("tier").GetString())));
        var single = await Run("score", "--questionnaire", Startfoto, "--answers", NoTeam);
        Assert.Equal(Compact(JsonDocument.Parse(single.Out).RootElement.GetProperty("themes")), Compact(parsed[1].GetProperty("themes")));
    }

    [Fact]
    public async Task A_bad_answers_file_in_a_folder_prints_its_problems_and_nothing_on_stdout()
    {
        var dir = Directory.CreateDirectory(Path.Combine(folder, "gemeenten")).FullName;
        File.Copy(NoTeam, Path.Combine(dir, "a-gemeente.answers.json"));
        var bad = Path.Combine(dir, "b-gemeente.answers.json");
        File.WriteAllText(bad, """{ "answers": { "lt.team": "misschien" } }""");

        var (exit, output, errors) = await Run("score", "--questionnaire", Startfoto, "--answers-dir", dir);

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"{bad}: lt.team: 'misschien' is geen antwoordoptie van 'lt.team'; kies uit: ja, deels, nee, nvt, weet_niet.\n", errors);
    }

    [Fact]
    public async Task A_broken_scoring_rule_is_reported_at_its_place_in_the_definition()
    {
        var definition = JsonNode.Parse(File.ReadAllText(Startfoto))!;
        definition["scoring"]!["floors"]![3]!["theme"] = "zx";
        var broken = Write("kapot.json", definition.ToJsonString());

        var (exit, output, errors) = await Run("score", "--questionnaire", broken, "--answers", NoTeam);

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"{broken}: scoring.floors[3].theme: Thema 'zx' bestaat niet in deze vragenlijst; kies een thema uit 'themes'.\n", errors);
    }

    [Theory]
    [InlineData("alle-vraagtypen.json")]
    [InlineData("yes_or_no_question.xlsx")]
    public async Task A_definition_without_scoring_rules_is_refused_with_the_advice(string fixture)
    {
        var fixtures = Path.Combine(Questionnaires, "..", "tests", "fixtures");
        var path = Path.GetFullPath(Path.Combine(fixtures, fixture.EndsWith(".xlsx", StringComparison.Ordinal) ? "xlsform" : "questionnaires", fixture));

        var (exit, output, errors) = await Run("score", "--questionnaire", path, "--answers", NoTeam);

        Assert.Equal((1, ""), (exit, output));
        Assert.StartsWith($"{path}: Vragenlijst '", errors);
        Assert.Contains("heeft geen scoringsregels", errors);
    }

    [Theory]
    [InlineData("--questionnaire", "bestaat-niet.json", "Bestand '{0}' bestaat niet")]
    [InlineData("--answers", "bestaat-niet.answers.json", "Bestand '{0}' bestaat niet")]
    [InlineData("--answers", "kapot.answers.json", "rij 1, kolom ")]
    [InlineData("--answers-dir", "geen-map", "Map '{0}' bestaat niet")]
    [InlineData("--answers-dir", "leeg", "Map '{0}' bevat geen *.answers.json")]
    [InlineData("--answers-dir", "kapot.answers.json", "'{0}' is een bestand, geen map")]
    public async Task Input_it_cannot_read_gives_a_located_dutch_problem_exit_1_and_no_output(string option, string name, string message)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.Combine(folder, "leeg"));
        Write("kapot.answers.json", "{ \"answers\": ");
        string[] args = option switch
        {
            "--questionnaire" => ["score", option, path, "--answers", NoTeam],
            _ => ["score", "--questionnaire", Startfoto, option, path],
        };

        var (exit, output, errors) = await Run(args);

        Assert.Equal((1, ""), (exit, output));
        Assert.StartsWith($"{path}: {message.Replace("{0}", path, StringComparison.Ordinal)}", errors);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("score", "--answers", "a.json")]
    [InlineData("score", "--questionnaire", "q.json")]
    [InlineData("score", "--questionnaire", "q.json", "--answers", "a.json", "--answers-dir", "map")]
    [InlineData("score", "q.json", "--answers", "a.json")]
    [InlineData("score", "--questionnaire", "q.json", "--answer", "a.json")]
    [InlineData("score", "--questionnaire", "q.json", "--answers", "a.json", "--today", "morgen")]
    public async Task A_usage_error_exits_2_and_says_how_to_call_it(params string[] args)
    {
        var (exit, output, errors) = await Run(args);

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains("Gebruik: ./startfoto score --questionnaire", errors);
    }

    static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
