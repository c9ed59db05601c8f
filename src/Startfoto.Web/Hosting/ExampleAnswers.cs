using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Web.Features.FillingIn;

namespace Startfoto.Web.Hosting;

/// <summary>The shipped example answers of the Startfoto (questionnaires/examples), for the demo and the browser tests.</summary>
static class ExampleAnswers
{
    public const string StartfotoFile = "startfoto-voorbeeld.answers.json";

    /// <summary>The example read against the Startfoto; null when the folder lacks it or it does not fit.</summary>
    public static AnswerSet? Read(string questionnairesFolder, Questionnaire startfoto)
    {
        var file = Path.Combine(questionnairesFolder, "examples", StartfotoFile);
        if (!File.Exists(file)) return null;
        var read = AnswersJsonReader.Read(File.ReadAllText(file), file, startfoto);
        return read.Ok ? read.Value : null;
    }

    /// <summary>The example with every visible required question it leaves open answered (the first option; 1), so it can be submitted.</summary>
    public static AnswerSet Completed(AnswerSet example, DateOnly today)
    {
        var complete = example.Questionnaire.NewAnswers();
        for (var slot = 0; slot < example.Values.Length; slot++) complete[slot] = example[slot];
        foreach (var state in example.Questionnaire.Evaluate(complete, today).All)
            if (state is { Visible: true, Required: true } && state.Value.IsEmpty && !state.Slot.IsConversation)
                complete[state.Slot.Slot] = state.Slot.IsChoice ? Value.String(state.Slot.AllowedValues[0])
                    : state.Slot.Type is AnswerType.Integer or AnswerType.Decimal ? Value.Number(1) : Value.String("Demo");
        return complete;
    }

    /// <summary>The answers of these sections as inputs for <see cref="SaveAnswers"/>, each against "no answer yet".</summary>
    public static List<AnswerInput> Inputs(AnswerSet answers, IEnumerable<Section> sections)
    {
        var keys = sections.Select(s => s.Key).ToHashSet();
        return [.. answers.Questionnaire.Slots
            .Where(s => s.Section is not null && keys.Contains(s.Section) && !s.IsCalculated && !answers[s.Slot].IsEmpty)
            .Select(s => new AnswerInput(s.Key, answers[s.Slot], null, 0))];
    }
}
