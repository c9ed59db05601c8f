using System.Text.Json;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Domain.Responses;

namespace Startfoto.Web.Features.FillingIn.Api;

/// <summary>Turns the operations' results into the API's documents; answers as their JSON values.</summary>
public static class ResponseDocuments
{
    public static ResponseDocument Of(ResponseForm form, JsonElement definition)
    {
        var (response, round) = (form.Context.Response, form.Context.Round);
        return new ResponseDocument(response.Id, round.Id, round.Title, form.Context.Respondent, response.GemeenteCode, response.JeugdregioCode,
            response.QuestionnaireKey, response.QuestionnaireVersion, response.Status.ToString(), ResponseLifecycle.Label(response.Status),
            response.ReopenReason, round.OpensOn, round.ClosesOn, form.Context.Rights.MayAnswer, form.Progress.Answered, form.Progress.Required,
            [.. form.Answers.Values.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new AnswerDocument(a.Key,
                Json(form.Questionnaire, a.Key, a.Text), a.Comment, a.Version, a.ChangedAt, a.ChangedBy, ChannelNames.Of(a.Channel),
                a.PrefillSource, a.NeedsConfirmation))],
            [.. form.Missing.Select(m => new MissingDocument(m.Key, m.Section, m.Label, m.Reason.ToString(), m.Message))],
            form.Assignees, definition);
    }

    public static ConflictDocument Of(Questionnaire questionnaire, AnswerConflict c) =>
        new(c.Key, Json(questionnaire, c.Key, c.CurrentText), c.CurrentComment, c.CurrentVersion, c.ChangedBy, c.ChangedAt);

    /// <summary>A stored text as JSON; a key the version no longer knows keeps its text.</summary>
    static object? Json(Questionnaire questionnaire, string key, string? text) =>
        questionnaire.TryFind(key, out var slot) ? AnswerJson.ToJson(slot, AnswerText.Parse(slot, text)) : text;
}
