using Startfoto.Infrastructure.Excel.Responses;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>
/// Checks an uploaded workbook of a response and lists what it would change; nothing is saved. Every problem of the
/// file comes back at once, each at its row and column.
/// </summary>
public sealed class PreviewResponseWorkbook(LoadWorkbookBasis load, PreviewToken tokens)
{
    public async Task<Outcome<WorkbookPreview>> RunAsync(Actor actor, Guid responseId, WorkbookUpload upload, CancellationToken ct)
    {
        var loaded = await load.RunAsync(actor, responseId, ct);
        if (!loaded.IsOk) return new Outcome<WorkbookPreview>(loaded.Kind, null, loaded.Problems);
        var basis = loaded.Value!;
        var read = basis.Read(upload, load.Today);
        if (!read.Ok) return Outcome<WorkbookPreview>.Invalid(read.Problems);

        var changes = read.Value!.Changes;
        var versions = changes.ToDictionary(c => c.Key, c => basis.VersionOf(c.Key), StringComparer.Ordinal);
        var token = tokens.Create(actor.UserId, responseId, upload.Content, versions);
        return Outcome<WorkbookPreview>.Ok(new WorkbookPreview([.. changes.Select(c => Show(basis, c))], read.Value.UnchangedRows, token));
    }

    static PreviewedChange Show(WorkbookBasis basis, WorkbookChange change)
    {
        basis.Form.Questionnaire.TryFind(change.Key, out var slot);
        return new PreviewedChange(change.Key, change.Label, change.Row, AnswerDisplay.Format(slot!, change.OldValue),
            AnswerDisplay.Format(slot!, change.NewValue), change.OldComment, change.NewComment);
    }
}
