using Startfoto.Domain.Problems;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Excel.Responses;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>
/// Applies a previewed upload, all or nothing, through <see cref="SaveAnswers"/> with the Excel channel: the same checks,
/// audit trail and conflict rule as the form. The file is read again against the answers as they are now, and each
/// change is saved against the version its answer had at preview (from the <see cref="PreviewToken"/>).
/// </summary>
public sealed class ApplyResponseWorkbook(LoadWorkbookBasis load, PreviewToken tokens, SaveAnswers save)
{
    public async Task<Outcome<WorkbookApplied>> RunAsync(Actor actor, Guid responseId, WorkbookUpload upload, string? token, CancellationToken ct)
    {
        var loaded = await load.RunAsync(actor, responseId, ct);
        if (!loaded.IsOk) return new Outcome<WorkbookApplied>(loaded.Kind, null, loaded.Problems);
        var basis = loaded.Value!;
        if (tokens.Read(token, actor.UserId, responseId, upload.Content) is not { } versions)
            return Outcome<WorkbookApplied>.Invalid([ExcelUploadProblems.PreviewExpired(new Location(File: upload.FileName, Key: "token"))]);
        var read = basis.Read(upload, load.Today);
        if (!read.Ok) return Outcome<WorkbookApplied>.Invalid(read.Problems);

        // Only what the preview showed: an answer a colleague changed since, which the file leaves as it was, stays theirs.
        var changes = read.Value!.Changes.Where(c => versions.ContainsKey(c.Key)).ToList();
        var inputs = changes.Select(c => new AnswerInput(c.Key, c.NewValue, c.NewComment, versions[c.Key])).ToList();
        if (inputs.Count == 0) return Outcome<WorkbookApplied>.Ok(new WorkbookApplied(0, []));

        var saved = await save.RunAsync(actor, responseId, inputs, AnswerChannel.Excel, ct);
        if (!saved.IsOk) return new Outcome<WorkbookApplied>(saved.Kind, null, saved.Problems);
        if (!saved.Value!.HasConflicts) return Outcome<WorkbookApplied>.Ok(new WorkbookApplied(inputs.Count, []));
        var labels = changes.ToDictionary(c => c.Key, c => c.Label, StringComparer.Ordinal);
        return Outcome<WorkbookApplied>.Ok(new WorkbookApplied(0, [.. saved.Value.Conflicts.Select(c => Show(basis, labels, c))]));
    }

    static WorkbookConflict Show(WorkbookBasis basis, Dictionary<string, string> labels, AnswerConflict conflict)
    {
        var current = basis.Form.Questionnaire.TryFind(conflict.Key, out var slot)
            ? AnswerDisplay.Format(slot, AnswerText.Parse(slot, conflict.CurrentText)) : conflict.CurrentText ?? "";
        return new WorkbookConflict(conflict.Key, labels.GetValueOrDefault(conflict.Key, conflict.Key), current, conflict.CurrentComment,
            conflict.ChangedBy, conflict.ChangedAt);
    }
}
