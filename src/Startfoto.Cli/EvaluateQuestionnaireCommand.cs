using System.Text.Json;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;

namespace Startfoto.Cli;

/// <summary>
/// ./startfoto questionnaire evaluate FILE --answers ANSWERS.json: per answerable key whether it is visible, required
/// and valid (with the Dutch message), its value, and the progress, as JSON on stdout.
/// </summary>
static class EvaluateQuestionnaireCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var parsed = CliArguments.Parse(args, "--answers", "--today");
        parsed.Require(parsed.Positional.Count == 1, "Geef precies één vragenlijstbestand.");
        parsed.Require(parsed.Option("--answers") is not null, "Optie --answers ontbreekt.");
        var today = parsed.Today();
        if (parsed.Error is not null || today is null) return await QuestionnaireCommand.UsageError(parsed.Error!, errors);

        var compiled = await DefinitionFile.CompileAsync(parsed.Positional[0]);
        if (!compiled.Ok) return await QuestionnaireCommand.Fail(compiled.Problems, errors);
        var answersPath = parsed.Option("--answers")!;
        var text = await TextFile.ReadAsync(answersPath);
        if (!text.Ok) return await QuestionnaireCommand.Fail(text.Problems, errors);
        var answers = AnswersJsonReader.Read(text.Value!, answersPath, compiled.Value!);
        if (!answers.Ok) return await QuestionnaireCommand.Fail(answers.Problems, errors);

        var evaluation = compiled.Value!.Evaluate(answers.Value!, today.Value);
        await output.WriteLineAsync(ValueJson.ToJson(writer => Write(writer, evaluation)));
        return 0;
    }

    static void Write(Utf8JsonWriter writer, QuestionnaireEvaluation evaluation)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("questions");
        foreach (var question in evaluation.All)
        {
            writer.WriteStartObject();
            writer.WriteString("key", question.Key);
            writer.WriteBoolean("visible", question.Visible);
            writer.WriteBoolean("required", question.Required);
            writer.WriteBoolean("valid", question.Valid);
            writer.WriteString("message", question.Message);
            writer.WritePropertyName("value");
            ValueJson.WriteAnswer(writer, question.Value, question.Slot.Type);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("progress");
        writer.WriteNumber("answered", evaluation.Progress.Answered);
        writer.WriteNumber("required", evaluation.Progress.Required);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
