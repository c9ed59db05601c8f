using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Responses;

/// <summary>
/// An earlier, submitted response whose answers a new response may take over: the gemeente's own (any instrument),
/// or the regio's Robuustheidsscan, of which only the shared regio items (<see cref="AskOnce.RegioPrefix"/>) count.
/// </summary>
/// <param name="Label">How the respondent reads the source: "Startfoto 2024".</param>
/// <param name="Answers">Stored answer texts by key (<see cref="AnswerText"/>).</param>
public sealed record PrefillSource(
    Guid ResponseId,
    string Label,
    DateTimeOffset SubmittedAt,
    Questionnaire Questionnaire,
    IReadOnlyDictionary<string, string?> Answers,
    bool RegioItemsOnly = false);

/// <summary>An answer to show as taken over, marked with its source, until the respondent confirms or changes it.</summary>
public sealed record PrefilledAnswer(string Key, string Text, Guid SourceResponseId, string SourceLabel);
