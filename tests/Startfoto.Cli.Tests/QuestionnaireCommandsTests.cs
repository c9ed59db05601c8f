using System.Text.Json;

namespace Startfoto.Cli.Tests;

/// <summary>questionnaire validate/evaluate and expr: file in, text out, no database.</summary>
public sealed class QuestionnaireCommandsTests : IDisposable
{
    static readonly string Questionnaires = FindQuestionnaires();
    static readonly string Startfoto = Path.Combine(Questionnaires, "startfoto.json");
    static readonly string ExampleAnswers = Path.Combine(Questionnaires, "examples", "startfoto-voorbeeld.answers.json");

    readonly string folder = Directory.CreateTempSubdirectory("startfoto-cli-q-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exit = await Commands.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Validate_says_a_sound_definition_is_in_order_with_its_number_of_questions()
    {
        var (exit, output, errors) = await Run("questionnaire", "validate", Startfoto);

        Assert.Equal((0, ""), (exit, errors));
        Assert.Equal($"{Startfoto}: in orde — Startfoto Hervormingsagenda Jeugd (versie 1), 60 vragen, 64 antwoordvelden.\n", output);
    }

    [Fact]
    public async Task Validate_names_a_broken_reference_with_its_question_and_position_and_exits_1()
    {
        var broken = Write("kapot.json", File.ReadAllText(Startfoto).Replace("${lt.team} != 'nee'", "${lt.team} != 'nee' and ${lt.teem} = 'ja'"));

        var (exit, output, errors) = await Run("questionnaire", "validate", broken);

        Assert.Equal((1, ""), (exit, output));
        var lines = errors.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length); // lt.taken, lt.zelfhulp, lt.expertise, lt.fte
        Assert.Equal($"{broken}: lt.taken, positie 25: Onbekende vraag '${{lt.teem}}': controleer de naam.", lines[0]);
    }

    [Theory]
    [InlineData("vragenlijst.xlsx", "geen Excel-werkmap")]
    [InlineData("bestaat-niet.json", "bestaat niet")]
    public async Task Validate_refuses_what_it_cannot_read_with_a_dutch_problem(string name, string message)
    {
        var path = Path.Combine(folder, name);
        if (name.EndsWith(".xlsx", StringComparison.Ordinal)) File.WriteAllText(path, "{\"key\": \"geen werkmap\"}");

        var (exit, _, errors) = await Run("questionnaire", "validate", path);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{path}: ", errors);
        Assert.Contains(message, errors);
    }

    [Fact]
    public async Task Evaluate_prints_every_slot_and_the_progress_as_json()
    {
        var (exit, output, errors) = await Run("questionnaire", "evaluate", Startfoto, "--answers", ExampleAnswers, "--today", "2025-06-01");

        Assert.Equal((0, ""), (exit, errors));
        using var json = JsonDocument.Parse(output);
        var questions = json.RootElement.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("key").GetString()!);
        Assert.Equal(64, questions.Count);
        Assert.Equal("""{"answered":40,"required":41}""", Compact(json.RootElement.GetProperty("progress")));
        Assert.Equal("""{"key":"fin.voorbereid","visible":true,"required":true,"valid":false,"message":"Dit is een verplichte vraag.","value":null}""",
            Compact(questions["fin.voorbereid"]));
        Assert.Equal("""{"key":"lt.fte","visible":false,"required":false,"valid":true,"message":null,"value":12}""", Compact(questions["lt.fte"]));
        Assert.Equal("""["jongerenwerk","jgz"]""", Compact(questions["rw.basis"].GetProperty("value")));
        Assert.Equal(11.5, questions["rw.bereik"].GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Evaluate_reports_a_wrong_answer_at_its_key_and_exits_1()
    {
        var answers = Write("a.json", """{ "answers": { "lt.team": "misschien", "lt.onbekend": 1 } }""");

        var (exit, output, errors) = await Run("questionnaire", "evaluate", Startfoto, "--answers", answers);

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal([$"{answers}: lt.team: 'misschien' is geen antwoordoptie van 'lt.team'; kies uit: ja, deels, nee, nvt, weet_niet.",
            $"{answers}: lt.onbekend: Vraag 'lt.onbekend' bestaat niet in deze vragenlijst: controleer de sleutel."],
            errors.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("concat('leeftijd: ', 15)", "\"leeftijd: 15\"")]
    [InlineData("3 > 2 and true()", "true")]
    [InlineData("date('2025-01-31')", "\"2025-01-31\"")]
    [InlineData("0 div 0", "\"NaN\"")]
    [InlineData("-1 div 0", "\"-Infinity\"")]
    [InlineData("today()", "\"2025-06-01\"")]
    public async Task Expr_prints_the_value_as_json(string expression, string json) =>
        Assert.Equal((0, json + "\n", ""), await Run("expr", expression, "--today", "2025-06-01"));

    [Fact]
    public async Task Expr_reads_references_from_an_answers_file_with_types_from_the_json_values()
    {
        var answers = Write("a.json", """{ "answers": { "leeftijd": 15, "geboren": "2010-03-15", "hobbys": ["lezen", "sport"] } }""");

        var result = await Run("expr", "if(selected(${hobbys}, 'sport'), today() - ${geboren}, ${leeftijd})", "--answers", answers, "--today", "2025-06-01");

        Assert.Equal((0, "5557\n", ""), result);
    }

    [Theory]
    [InlineData("${a} + 1", "positie 1: Onbekende vraag '${a}': controleer de naam.\n  ${a} + 1\n  ^^^^\n")]
    [InlineData("1 + [2", "positie 5: Onverwacht teken '[': verwijder het of zet tekst tussen aanhalingstekens.\n  1 + [2\n      ^\n")]
    public async Task Expr_shows_an_error_at_its_position_and_exits_1(string expression, string error) =>
        Assert.Equal((1, "", error), await Run("expr", expression));

    [Theory]
    [InlineData("questionnaire")]
    [InlineData("questionnaire", "check", "a.json")]
    [InlineData("questionnaire", "validate")]
    [InlineData("questionnaire", "validate", "a.json", "b.json")]
    [InlineData("questionnaire", "evaluate", "a.json")]
    [InlineData("questionnaire", "evaluate", "a.json", "--answers", "b.json", "--today", "morgen")]
    [InlineData("expr")]
    [InlineData("expr", "1", "2")]
    [InlineData("expr", "1", "--answer", "a.json")]
    public async Task A_usage_error_exits_2_and_says_how_to_call_it(params string[] args)
    {
        var (exit, output, errors) = await Run(args);

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains("Gebruik: ./startfoto", errors);
    }

    static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    static string FindQuestionnaires()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Startfoto.sln not found"), "questionnaires");
    }
}
