using Startfoto.Infrastructure.Excel.Responses;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>
/// The workbook of a response with its current answers, for whoever may read it: a regioadviseur or beheerder gets the
/// same file as the gemeente, though only the gemeente can upload it again.
/// </summary>
public sealed class DownloadResponseWorkbook(LoadResponseForm load, TimeProvider time)
{
    public async Task<Outcome<WorkbookFile>> RunAsync(Actor actor, Guid responseId, CancellationToken ct)
    {
        var loaded = await load.RunAsync(actor, responseId, ct);
        if (!loaded.IsOk) return Outcome<WorkbookFile>.NotFound;
        var basis = WorkbookBasis.Of(loaded.Value!, time.GetUtcNow());
        var header = basis.Header;
        var content = ResponseWorkbookWriter.Write(basis.Form.Questionnaire, header, basis.Current);
        return Outcome<WorkbookFile>.Ok(new WorkbookFile(WorkbookFileName.For(header.QuestionnaireKey, header.RespondentCode, header.RespondentName), content));
    }
}
