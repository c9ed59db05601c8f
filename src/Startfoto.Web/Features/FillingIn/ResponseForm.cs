using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Responses;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>Everything the fill-in page and the API show of one response.</summary>
public sealed record ResponseForm(
    ResponseContext Context,
    Questionnaire Questionnaire,
    IReadOnlyDictionary<string, AnswerView> Answers,
    IReadOnlyDictionary<string, string> Assignees,
    Progress Progress,
    IReadOnlyList<MissingAnswer> Missing)
{
    public ResponseStatus Status => Context.Response.Status;

    /// <summary>The stored answers as an answer set, unconfirmed taken-over answers included: what the form shows.</summary>
    public AnswerSet ToAnswerSet() =>
        AnswerText.ToAnswerSet(Questionnaire, Answers.Select(a => KeyValuePair.Create(a.Key, a.Value.Text)));

    public IReadOnlyDictionary<string, string> Unconfirmed =>
        Answers.Values.Where(a => a.NeedsConfirmation).ToDictionary(a => a.Key, a => a.PrefillSource ?? "een eerdere vragenlijst");
}
