using Startfoto.Domain.Problems;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Excel.Responses;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>
/// A response as its workbook shows it: whose file it is and the current answers, each with the version a change from
/// the file is saved against. Taken-over answers that still need confirming are written as current answers: they are
/// what the form shows; a file that keeps one unchanged does not confirm it, only a change or the form does.
/// </summary>
public sealed record WorkbookBasis(ResponseForm Form, ResponseWorkbookHeader Header, IReadOnlyDictionary<string, CurrentAnswer> Current)
{
    public static WorkbookBasis Of(ResponseForm form, DateTimeOffset now)
    {
        var (response, round, questionnaire) = (form.Context.Response, form.Context.Round, form.Questionnaire);
        var header = new ResponseWorkbookHeader(round.Id, response.Id, response.GemeenteCode ?? response.JeugdregioCode, form.Context.Respondent,
            round.Title, questionnaire.Definition.Key, questionnaire.Definition.Version, questionnaire.Definition.Title, now);
        var current = new Dictionary<string, CurrentAnswer>(StringComparer.Ordinal);
        foreach (var answer in form.Answers.Values)
            if (questionnaire.TryFind(answer.Key, out var slot))
                current[answer.Key] = new CurrentAnswer(AnswerText.Parse(slot, answer.Text), answer.Comment);
        return new WorkbookBasis(form, header, current);
    }

    public Result<WorkbookChanges> Read(WorkbookUpload upload, DateOnly today) =>
        ResponseWorkbookReader.Read(upload.Content, upload.FileName, Form.Questionnaire, Header, Current, today);

    /// <summary>The stored version of an answer; 0 when there is none yet, as <see cref="AnswerInput.BaseVersion"/> expects.</summary>
    public uint VersionOf(string key) => Form.Answers.TryGetValue(key, out var answer) ? answer.Version : 0;
}
