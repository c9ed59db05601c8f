using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires.Json;

namespace Startfoto.Cli;

/// <summary>
/// ./startfoto expr 'EXPRESSION' [--answers ANSWERS.json] [--today JJJJ-MM-DD]: the value as JSON (see
/// <see cref="ValueJson"/>), or each problem with its position, marked under the expression, and exit 1.
/// With --answers, ${key} reads the answers file; each key's type follows from its JSON value.
/// </summary>
static class ExprCommand
{
    const string Usage = "Gebruik: ./startfoto expr 'EXPRESSIE' [--answers ANTWOORDEN.json] [--today JJJJ-MM-DD]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var parsed = CliArguments.Parse(args, "--answers", "--today");
        parsed.Require(parsed.Positional.Count == 1, "Geef precies één expressie, tussen enkele aanhalingstekens, zoals: ./startfoto expr '1 + 2'.");
        var today = parsed.Today();
        if (parsed.Error is not null || today is null)
        {
            await errors.WriteLineAsync($"{parsed.Error}\n{Usage}");
            return 2;
        }

        var (scope, answers) = (ExpressionScope.Empty, Array.Empty<Value>());
        if (parsed.Option("--answers") is { } path)
        {
            var text = await TextFile.ReadAsync(path);
            var inferred = text.Ok ? AnswersJsonReader.ReadInferred(text.Value!, path) : null;
            if (inferred is not { Ok: true }) return await QuestionnaireCommand.Fail(inferred?.Problems ?? text.Problems, errors);
            (scope, answers) = (inferred.Value!.Scope, [.. inferred.Value.Values]);
        }

        var source = parsed.Positional[0];
        var compiled = ExpressionEngine.Compile(source, scope);
        if (!compiled.Ok)
        {
            foreach (var problem in compiled.Problems) await errors.WriteLineAsync(Marked(problem, source));
            return 1;
        }
        var value = compiled.Value!.Evaluate(answers, today.Value);
        await output.WriteLineAsync(ValueJson.ToJson(writer => ValueJson.Write(writer, value)));
        return 0;
    }

    /// <summary>"positie 5: message", then the expression with the span underlined, as a compiler shows it.</summary>
    static string Marked(Problem problem, string source)
    {
        var line = problem.ToLine();
        if (problem.At.Span is not { } span || source.Contains('\n')) return line;
        var start = Math.Min(span.Start, source.Length);
        return $"{line}\n  {source}\n  {new string(' ', start)}{new string('^', Math.Max(1, span.Length))}";
    }
}
